/**
 * What an actor may do on an application now. Which commands the status allows is read from
 * the lifecycle table (`commandsByStatus`); for those, candidates are built from the state and
 * the catalog version it follows, and kept only where the decision core accepts them for this
 * actor at this instant (role, current step, pending requests, grounds). The officials' case
 * page offers exactly these, so it never shows a button the engine would refuse. Pure: the
 * candidates are checked with `decide`, nothing is recorded.
 *
 * A candidate that needs people's words (a conclusion, reasoning, the grounds chosen) is checked
 * with every ground it may cite and a placeholder text: the engine checks that grounds exist, are
 * of the right kind and (after a hearing) were in the preliminary decision, and that at least one
 * is cited, not what the words say. The form then asks for them.
 */
import type { Service, ShortLabel, Text } from '../catalog/schema.ts';
import { decide, type DecideContext } from './decide.ts';
import { allows } from './lifecycle.ts';
import type { ApplicationState, Branch, Command } from './model.ts';
import { isCompletenessStep } from './stages/steps.ts';

type Ground = Service['refusalGrounds'][number];

/** A refusal ground as the form shows it: the act's words (with Ruqsat's ru/en) and paragraph. */
export interface OfferedGround {
  id: string;
  text: Text;
  source: string;
}

/** What the form asks of the official before sending the command. */
export type ActionInput =
  | 'note'
  | 'missing'
  | 'groundIds'
  | 'conclusion'
  | 'positive'
  | 'documents'
  | 'text'
  | 'reasoning'
  | 'found'
  | 'approved';

/**
 * The body of `POST /official/cases/:id/commands` as far as the state decides it; the form adds
 * the `inputs`. Each is accepted as it stands when it has none (`sign` included: the server
 * gives the signature its id).
 */
export type OfferedCommand =
  | { type: 'complete-step'; stepId: string; branch?: Branch }
  | { type: 'check-completeness'; complete: boolean }
  | { type: 'request-state-data'; source: string }
  | { type: 'record-state-data'; source: string }
  | { type: 'record-inspection' }
  | { type: 'request-approval'; agency: string }
  | { type: 'record-approval'; agency: string }
  | { type: 'request-documents' }
  | { type: 'send-preliminary-decision' }
  | { type: 'record-hearing' }
  | { type: 'decide'; decision: 'approve' | 'refuse' }
  | { type: 'sign' }
  | { type: 'issue' }
  | { type: 'deliver' }
  | { type: 'register' };

export interface OfferedAction {
  /** Unique within the answer: names the form. */
  key: string;
  command: OfferedCommand;
  inputs: ActionInput[];
  /** For commands that cite grounds: the ones it may cite. */
  grounds?: OfferedGround[];
  /** For complete-step: the step and the branch as the act words them. */
  step?: {
    stepId: string;
    label: string | null;
    /** Ruqsat's short wording of the step, what the button says; the act's words are `action`. */
    short: ShortLabel | null;
    action: string;
    branchText: string | null;
    source: string;
  };
}

const PLACEHOLDER = '—';

interface Candidate {
  action: OfferedAction;
  /** The command decide checks: the offered one with every input filled. */
  probe: Command;
}

const groundView = (g: Ground): OfferedGround => ({ id: g.id, text: g.text, source: g.source });

export function offeredActions(state: ApplicationState, ctx: DecideContext): OfferedAction[] {
  return candidates(state, ctx.service)
    .filter(({ probe }) => accepted(state, probe, ctx))
    .map(({ action }) => action);
}

function accepted(state: ApplicationState, probe: Command, ctx: DecideContext): boolean {
  try {
    const decision = decide(state, probe, ctx);
    return decision.ok && decision.events.length > 0;
  } catch {
    // A command the shell must prepare further (numbers it allocates) is not offered.
    return false;
  }
}

function candidates(state: ApplicationState, service: Service): Candidate[] {
  const out: Candidate[] = [];
  const add = (action: Omit<OfferedAction, 'inputs'> & { inputs?: ActionInput[] }, probe: Command) => {
    if (probe.type !== 'create-draft' && allows(state, probe.type))
      out.push({ action: { inputs: [], ...action }, probe });
  };

  const forCase = (g: Ground) => g.cases.length === 0 || g.cases.includes(state.caseId);
  const incomplete = service.refusalGrounds.filter((g) => g.kind === 'incomplete' && forCase(g));
  const other = service.refusalGrounds.filter((g) => g.kind === 'other' && forCase(g));
  const process = service.processes.find((p) => p.id === state.processId);

  // The current step, on its normal path and on each branch the act gives it.
  const current = process?.steps.find((s) => s.id === state.currentStepId);
  if (current !== undefined) {
    const step = (branchText: string | null, source: string) => ({
      stepId: current.id,
      label: current.label ?? null,
      short: current.short ?? null,
      action: current.action,
      branchText,
      source,
    });
    add(
      {
        key: `complete-step:${current.id}`,
        command: { type: 'complete-step', stepId: current.id },
        inputs: ['note'],
        step: step(null, current.source),
      },
      { type: 'complete-step', stepId: current.id },
    );
    for (const b of current.branches)
      add(
        {
          key: `complete-step:${current.id}:${b.condition}`,
          command: { type: 'complete-step', stepId: current.id, branch: b.condition },
          inputs: ['note'],
          step: step(b.text, b.source),
        },
        { type: 'complete-step', stepId: current.id, branch: b.condition },
      );
  }

  add({ key: 'register', command: { type: 'register' } }, { type: 'register', inboundNumber: PLACEHOLDER });

  // Where the act makes the check a step of its own (seed 004 p.7: after acceptance and the
  // state data), it is offered from that step on, not while earlier steps are still open. (The
  // engine still records an earlier confirmation sent through the API; the step then completes
  // by itself when reached.)
  const checkStep = process?.steps.find(isCompletenessStep);
  const checkReached =
    checkStep === undefined ||
    state.currentStepId === checkStep.id ||
    state.steps.some((s) => s.stepId === checkStep.id);
  if (checkReached) {
    add(
      { key: 'check-completeness:complete', command: { type: 'check-completeness', complete: true } },
      { type: 'check-completeness', complete: true },
    );
    if (incomplete.length > 0)
      add(
        {
          key: 'check-completeness:incomplete',
          command: { type: 'check-completeness', complete: false },
          inputs: ['missing', 'groundIds'],
          grounds: incomplete.map(groundView),
        },
        {
          type: 'check-completeness',
          complete: false,
          missing: [PLACEHOLDER],
          groundIds: incomplete.map((g) => g.id),
        },
      );
  }

  // State databases: the systems the provider obtains documents from for this case.
  const sources = [
    ...new Set(
      service.documents
        .filter((d) => d.obtainedFrom !== null && (d.cases.length === 0 || d.cases.includes(state.caseId)))
        .map((d) => d.obtainedFrom as string),
    ),
  ].filter((s) => s !== 'other' && s !== 'payment-gateway');
  // Asked again while an answer is pending, too: the engine accepts a repeated request.
  for (const source of sources)
    add(
      { key: `request-state-data:${source}`, command: { type: 'request-state-data', source } },
      { type: 'request-state-data', source },
    );
  for (const pending of state.stateData.filter((d) => d.answeredAt === null))
    add(
      {
        key: `record-state-data:${pending.source}`,
        command: { type: 'record-state-data', source: pending.source },
        inputs: ['found'],
      },
      { type: 'record-state-data', source: pending.source, found: true },
    );

  add(
    { key: 'record-inspection', command: { type: 'record-inspection' }, inputs: ['positive', 'conclusion'] },
    { type: 'record-inspection', positive: true, conclusion: PLACEHOLDER },
  );

  // Approving agencies the process names.
  const agencies = [
    ...new Set((process?.participants ?? []).filter((p) => p.kind === 'approving-agency').map((p) => p.name)),
  ];
  for (const agency of agencies) {
    add(
      { key: `request-approval:${agency}`, command: { type: 'request-approval', agency } },
      { type: 'request-approval', agency },
    );
  }
  for (const pending of state.approvals.filter((a) => a.answeredAt === null))
    add(
      {
        key: `record-approval:${pending.agency}`,
        command: { type: 'record-approval', agency: pending.agency },
        inputs: ['approved', 'text'],
      },
      { type: 'record-approval', agency: pending.agency, approved: true, text: PLACEHOLDER },
    );

  add(
    { key: 'request-documents', command: { type: 'request-documents' }, inputs: ['documents'] },
    { type: 'request-documents', documents: [PLACEHOLDER] },
  );

  if (other.length > 0)
    add(
      {
        key: 'send-preliminary-decision',
        command: { type: 'send-preliminary-decision' },
        inputs: ['groundIds', 'text'],
        grounds: other.map(groundView),
      },
      { type: 'send-preliminary-decision', groundIds: other.map((g) => g.id), text: PLACEHOLDER },
    );

  add(
    { key: 'record-hearing', command: { type: 'record-hearing' }, inputs: ['text'] },
    { type: 'record-hearing', text: PLACEHOLDER },
  );

  add(
    { key: 'decide:approve', command: { type: 'decide', decision: 'approve' } },
    { type: 'decide', decision: 'approve' },
  );
  // After a preliminary decision only its grounds may be cited in the refusal.
  const pd = state.preliminaryDecision;
  const refusable =
    service.hearing !== null && pd !== null ? other.filter((g) => pd.groundIds.includes(g.id)) : other;
  if (refusable.length > 0)
    add(
      {
        key: 'decide:refuse',
        command: { type: 'decide', decision: 'refuse' },
        inputs: ['groundIds', 'reasoning'],
        grounds: refusable.map(groundView),
      },
      { type: 'decide', decision: 'refuse', groundIds: refusable.map((g) => g.id), reasoning: PLACEHOLDER },
    );

  add({ key: 'sign', command: { type: 'sign' } }, { type: 'sign', signatureId: PLACEHOLDER });
  add({ key: 'issue', command: { type: 'issue' } }, { type: 'issue', permitNumber: PLACEHOLDER });
  add({ key: 'deliver', command: { type: 'deliver' } }, { type: 'deliver' });
  return out;
}
