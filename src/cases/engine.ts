/**
 * The engine's shell: runs a command against an application inside one store transaction —
 * idempotency check, load, decide, fold, save with the version it read, replace the timers,
 * record the result — and fires due timers as commands of the system. Registry writes for an
 * issued permit happen in the same transaction. What the command tells the applicant (e-mail
 * and SMS in the outbox, cabinet messages) is written in the command's own statement; the
 * outbox is sent and the monitoring feed told after the commit, and never block a case.
 */
import { AppError } from '../errors/app-error.ts';
import type { WorkCalendar } from '../calendar/calendar.ts';
import { workingTime } from '../calendar/index.ts';
import type { OfficeSchedule, WorkingTime } from '../calendar/working-time.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { PermitsLaw } from '../catalog/law.ts';
import type { Service } from '../catalog/schema.ts';
import type { OutboxMessage } from '../store/outbox.ts';
import type { InboxWrite, Store, StoreTx, TimerInput } from '../store/store.ts';
import type { Clock } from './clock.ts';
import { offeredActions, type OfferedAction } from './actions.ts';
import { decide, providerIdOf, type DecideContext } from './decide.ts';
import { evolve } from './evolve.ts';
import type { Actor, ApplicationState, Command, Event, Recorded, SignatureCheck } from './model.ts';
import { applicationContent, expectedSigner, resultContent, type EdsPort } from './eds.ts';
import { applyToRegistry, findPermit, permitNumberFor } from './permits.ts';
import { sameTimers, timersFor } from './timers.ts';

export interface EngineDeps {
  store: Store;
  catalog: Catalog;
  calendar: WorkCalendar;
  law: PermitsLaw | null;
  clock: Clock;
  acceptRepealed: boolean;
  /** Office hours where the act states none (a deployment setting, not a rule of the acts). */
  defaultSchedule: OfficeSchedule;
  /** EDS verification of submissions and signing of results; without it signatures are not checked. */
  eds?: EdsPort;
  /** Portal submissions must carry the applicant's EDS (the acts' rule; off only in tests of other things). */
  requireSignature?: boolean;
  /**
   * What a command tells the applicant (e-mail and SMS for the outbox, cabinet messages),
   * written in the command's own statement: acknowledged together or not at all, and no
   * further commit per command. A failure here leaves the messages out, never the command.
   */
  messagesOf?: (state: ApplicationState, events: Recorded[]) => CommitMessages;
  /**
   * Called after a command commits, with how many e-mail and SMS it queued; failures are the
   * observer's to handle.
   */
  onCommitted?: (state: ApplicationState, events: Recorded[], queued: number) => void | Promise<void>;
}

/** The messages a command writes with its commit (EngineDeps.messagesOf). */
export interface CommitMessages {
  outbox: OutboxMessage[];
  inbox: InboxWrite[];
}

type Committed = { state: ApplicationState; events: Recorded[]; queued: number }[];

export interface CommandMeta {
  actor: Actor;
  /** The same key again returns the first result and does nothing more. */
  idempotencyKey: string;
  /**
   * The hash of the request that carried the key: the same key with another hash is refused
   * (server.idempotency_key_reused) rather than answered with the first request's result.
   */
  requestHash?: string;
}

export interface CommandResult {
  applicationId: string;
  version: number;
  status: ApplicationState['status'];
  events: string[];
}

const system: Actor = { id: 'system', role: 'system' };

/** The inbound number a registration is decided with before it takes a real one. */
const UNNUMBERED = 'unnumbered';

export class CaseEngine {
  private readonly deps: EngineDeps;
  private readonly offices = new Map<string, WorkingTime>();
  /** Office hours used to read "today" before a service is chosen; built once (a table per schedule). */
  private readonly defaultOffice: WorkingTime;

  constructor(deps: EngineDeps) {
    this.deps = deps;
    this.defaultOffice = workingTime(deps.defaultSchedule);
  }

  async execute(applicationId: string, command: Command, meta: CommandMeta): Promise<CommandResult> {
    const committed: Committed = [];
    // The signature is verified before the transaction: revocation may ask the CA over the
    // network, and no connection or row should wait on that.
    const verified = await this.verifySubmission(applicationId, command);
    // A command writes with one atomic, version-checked statement, so it needs no transaction
    // around it — except an issue, which also writes the registry and takes a gapless number.
    const result =
      command.type === 'issue'
        ? await this.deps.store.transaction((tx) =>
            this.executeIn(tx, applicationId, command, meta, committed, verified),
          )
        : await this.executeIn(
            this.deps.store.autocommit(),
            applicationId,
            command,
            meta,
            committed,
            verified,
          );
    await this.afterCommit(committed);
    return result;
  }

  /**
   * Commands that commit together or not at all, in one transaction: the first may create the
   * application, the others act on the application it names (paper intake: the draft, its
   * submission and its registration, so that a crash or a refused registration leaves nothing
   * behind). Each keeps its own idempotency key, so a retry replays every one.
   */
  async executeTogether(
    first: { applicationId: string; command: Command; meta: CommandMeta },
    then: { command: Command; meta: CommandMeta }[],
  ): Promise<CommandResult[]> {
    const committed: Committed = [];
    const results = await this.deps.store.transaction(async (tx) => {
      const head = await this.executeIn(tx, first.applicationId, first.command, first.meta, committed);
      const all = [head];
      for (const next of then)
        all.push(await this.executeIn(tx, head.applicationId, next.command, next.meta, committed));
      return all;
    });
    await this.afterCommit(committed);
    return results;
  }

  async get(applicationId: string): Promise<ApplicationState> {
    const row = await this.deps.store.findApplication(applicationId);
    if (row === undefined)
      throw new AppError('cases.not_found', `no application ${applicationId}`, { id: applicationId });
    return row.state as ApplicationState;
  }

  /** The catalog version an application follows, and its office hours. */
  serviceOf(state: Pick<ApplicationState, 'serviceId' | 'serviceVersion'>): {
    service: Service;
    actId: string;
    office: WorkingTime;
  } {
    const entry = this.deps.catalog
      .versions(state.serviceId)
      .find((v) => v.service.version === state.serviceVersion);
    if (entry === undefined)
      throw new AppError('catalog.no_version_on_date', 'version gone', {
        id: state.serviceId,
        date: '',
        versions: String(state.serviceVersion),
      });
    return { service: entry.service, actId: entry.act.id, office: this.officeOf(entry.service) };
  }

  /** What this actor may do on the application now: exactly the commands `decide` would accept. */
  actionsFor(state: ApplicationState, actor: Actor): OfferedAction[] {
    const { service, actId, office } = this.serviceOf(state);
    return offeredActions(state, {
      now: this.deps.clock.now(),
      actor,
      service,
      actId,
      time: { calendar: this.deps.calendar, office },
      law: this.deps.law,
    });
  }

  /** Fires every timer due at the clock's now; safe to run in several processes at once. */
  async fireDueTimers(limit = 100): Promise<number> {
    const committed: Committed = [];
    const fired = await this.deps.store.fireDueTimers(
      this.deps.clock.now(),
      async (timer, tx) => {
        const ref = (timer.payload as { ref?: string | null } | null)?.ref ?? undefined;
        await this.executeIn(
          tx,
          timer.applicationId,
          { type: 'fire-timer', kind: timer.kind as never, ...(ref ? { ref } : {}) },
          { actor: system, idempotencyKey: `timer:${timer.id}` },
          committed,
        );
      },
      limit,
    );
    await this.afterCommit(committed);
    return fired;
  }

  private async executeIn(
    tx: StoreTx,
    applicationId: string,
    command: Command,
    meta: CommandMeta,
    committed: Committed,
    verified: { check: SignatureCheck; content: Uint8Array } | null = null,
  ): Promise<CommandResult> {
    const loaded = await tx.loadForCommand(applicationId, meta.idempotencyKey);
    if (loaded.result !== undefined) return replayOf(loaded, meta);

    const row = loaded.application;
    const state = (row?.state as ApplicationState | undefined) ?? null;
    const now = this.deps.clock.now();
    const { service, actId, office } = state === null ? this.resolveNew(command, now) : this.serviceOf(state);
    const process = service.processes.find((p) => p.id === state?.processId);

    const ctx: DecideContext = {
      now,
      actor: meta.actor,
      service,
      actId,
      time: { calendar: this.deps.calendar, office },
      law: this.deps.law,
    };
    if (command.type === 'create-draft' && command.permitNumber !== undefined)
      ctx.permit = await findPermit(tx, command.permitNumber);
    if (command.type === 'create-draft' && command.unitId !== undefined)
      ctx.units = await tx.unitIdsOf(providerIdOf(service));
    // A registration takes an inbound number only once the decision accepts it (below): a
    // refused submission or registration must not use one up (issue 15).
    const registers =
      state !== null &&
      (command.type === 'register' ||
        (command.type === 'submit' && ['egov-portal', 'elicense-portal'].includes(state.channel)));
    if (registers && command.type === 'submit') ctx.allocatedInboundNumber = UNNUMBERED;
    if (state !== null && command.type === 'submit') {
      const check = this.submissionSignature(state, verified);
      if (check !== undefined) ctx.signatureCheck = check;
    }
    if (
      state !== null &&
      command.type === 'fire-timer' &&
      command.kind === 'signature-recheck' &&
      state.submissionSignature?.cms !== undefined &&
      this.deps.eds !== undefined
    )
      ctx.signatureCheck = await this.deps.eds.verify(
        state.submissionSignature.cms,
        applicationContent(state),
        expectedSigner(state),
        now,
      );
    let effective = command;
    if (state !== null && command.type === 'sign' && this.deps.eds !== undefined) {
      const signed = await this.deps.eds.sign(meta.actor.id, resultContent(state), now);
      if (signed !== null) effective = { ...command, cms: signed.cms, signer: signed.signer };
    }
    if (state !== null && command.type === 'register') effective = { ...command, inboundNumber: UNNUMBERED };
    if (
      state !== null &&
      command.type === 'fire-timer' &&
      command.kind === 'tacit-consent' &&
      (state.tacitConsentDue ?? null) !== null &&
      state.issued === null
    )
      ctx.allocatedPermitNumber = await permitNumberFor(tx, state, service, office.dateOf(now));
    if (state !== null && command.type === 'issue')
      effective = { ...command, permitNumber: await permitNumberFor(tx, state, service, office.dateOf(now)) };

    let decision = decide(state, effective, ctx);
    if (!decision.ok) throw decision.error;
    if (registers) {
      // decide is pure: the same input with the number taken gives the same events, numbered.
      const inboundNumber = await this.inboundNumber(tx, office, now);
      if (effective.type === 'register') effective = { ...effective, inboundNumber };
      else ctx.allocatedInboundNumber = inboundNumber;
      decision = decide(state, effective, ctx);
      if (!decision.ok) throw decision.error;
    }
    const events: Recorded[] = decision.events.map((e: Event) => ({
      ...e,
      at: now.toISOString(),
      by: meta.actor.id,
      role: meta.actor.role,
    }));

    let next = state;
    for (const e of events)
      next = evolve(
        next,
        e,
        applicationId,
        process ?? service.processes.find((p) => p.id === (e as { processId?: string }).processId),
      );
    if (next === null || events.length === 0) {
      const unchanged: CommandResult = {
        applicationId,
        version: state?.version ?? 0,
        status: state?.status ?? 'draft',
        events: [],
      };
      await tx.recordCommand(
        meta.idempotencyKey,
        state === null ? null : applicationId,
        unchanged,
        meta.requestHash,
      );
      return unchanged;
    }
    const result: CommandResult = {
      applicationId,
      version: next.version,
      status: next.status,
      events: events.map((e) => e.type),
    };
    const queued = await this.commit(tx, state, next, events, meta, result, now, loaded.pendingTimers);
    await applyToRegistry(tx, next, events, service, meta.actor.id, now, office.dateOf(now));
    committed.push({ state: next, events, queued });
    return result;
  }

  /** Writes the command in one statement (CommandWrite); returns how many e-mail and SMS it queued. */
  private async commit(
    tx: StoreTx,
    state: ApplicationState | null,
    next: ApplicationState,
    events: Recorded[],
    meta: CommandMeta,
    result: CommandResult,
    now: Date,
    pending: TimerInput[],
  ): Promise<number> {
    const { outbox, inbox } = this.messagesOf(next, events);
    const timers = timersFor(next);
    await tx.commitCommand({
      summary: {
        id: next.id,
        serviceId: next.serviceId,
        providerId: next.providerId,
        status: next.status,
        applicantId: next.applicant.id,
      },
      expectedVersion: state?.version ?? 0,
      previous: state === null ? null : { state, status: state.status },
      state: next,
      events: events.map(({ type, at, ...data }) => ({ type, at, data })),
      // Timers already pending as the state calls for them stay: no rows deleted and written again.
      timers: sameTimers(pending, timers) ? null : timers,
      idempotencyKey: meta.idempotencyKey,
      ...(meta.requestHash !== undefined ? { requestHash: meta.requestHash } : {}),
      result,
      // A new draft's unit is written in the same statement as the draft.
      ...(state === null && next.unitId !== undefined ? { unitId: next.unitId } : {}),
      messages: { at: now, outbox, inbox },
    });
    return outbox.length;
  }

  private messagesOf(state: ApplicationState, events: Recorded[]): CommitMessages {
    try {
      return this.deps.messagesOf?.(state, events) ?? { outbox: [], inbox: [] };
    } catch {
      // A message that cannot be composed is not told; the command still commits.
      return { outbox: [], inbox: [] };
    }
  }

  /** The verified EDS of a submission; refuses a draft changed since, or a portal one unsigned. */
  private submissionSignature(
    state: ApplicationState,
    verified: { check: SignatureCheck; content: Uint8Array } | null,
  ): SignatureCheck | undefined {
    if (verified !== null) {
      // The application must still be exactly what was signed.
      if (Buffer.compare(Buffer.from(applicationContent(state)), Buffer.from(verified.content)) !== 0)
        throw new AppError('signature.content_substituted', 'the draft changed after it was signed');
      return verified.check;
    }
    if (
      this.deps.eds !== undefined &&
      this.deps.requireSignature === true &&
      ['egov-portal', 'elicense-portal'].includes(state.channel)
    )
      throw new AppError('cases.signature_required', 'a portal submission needs an EDS');
    return undefined;
  }

  private async verifySubmission(
    applicationId: string,
    command: Command,
  ): Promise<{ check: SignatureCheck; content: Uint8Array } | null> {
    if (command.type !== 'submit' || command.signature === undefined || this.deps.eds === undefined)
      return null;
    const row = await this.deps.store.findApplication(applicationId);
    if (row === undefined) return null;
    const state = row.state as ApplicationState;
    const content = applicationContent(state);
    return {
      check: await this.deps.eds.verify(
        command.signature,
        content,
        expectedSigner(state),
        this.deps.clock.now(),
      ),
      content,
    };
  }

  private resolveNew(command: Command, now: Date) {
    if (command.type !== 'create-draft') throw new AppError('cases.not_found', 'no application', { id: '' });
    const resolved = this.deps.catalog.resolve(command.serviceId, this.defaultOffice.dateOf(now), {
      acceptRepealed: this.deps.acceptRepealed,
    });
    return { service: resolved.service, actId: resolved.act.id, office: this.officeOf(resolved.service) };
  }

  private officeOf(service: Service): WorkingTime {
    const key = `${service.id}@${service.version}`;
    let office = this.offices.get(key);
    if (office === undefined) {
      office = workingTime(officeScheduleOf(service) ?? this.deps.defaultSchedule);
      this.offices.set(key, office);
    }
    return office;
  }

  /** "2026-000123": the year of registration and a number unique across the deployment. */
  private async inboundNumber(tx: StoreTx, office: WorkingTime, now: Date): Promise<string> {
    return `${office.dateOf(now).slice(0, 4)}-${String(await tx.nextInboundNumber()).padStart(6, '0')}`;
  }

  private async afterCommit(committed: Committed): Promise<void> {
    const observer = this.deps.onCommitted;
    if (observer === undefined) return;
    for (const c of committed) {
      try {
        await observer(c.state, c.events, c.queued);
      } catch {
        // Notifications and monitoring never undo or block a committed command.
      }
    }
  }
}

/**
 * The first result of a key already recorded; refused when the key came with another request
 * (a client reusing a key by mistake must not take the first answer for its second command).
 */
function replayOf(loaded: { result: unknown; requestHash: string | null }, meta: CommandMeta): CommandResult {
  if (
    meta.requestHash !== undefined &&
    loaded.requestHash !== null &&
    loaded.requestHash !== meta.requestHash
  )
    throw new AppError('server.idempotency_key_reused', 'the Idempotency-Key came with another request');
  return loaded.result as CommandResult;
}

/** The provider's office hours as the act states them, if it does. */
export function officeScheduleOf(service: Service): OfficeSchedule | null {
  const s = service.schedules.find((x) => x.who === 'provider' && x.open !== null && x.close !== null);
  if (s === undefined || s.open === null || s.close === null) return null;
  return { weekdays: s.workingDays, open: s.open, close: s.close, lunch: s.lunch, source: s.source };
}

export { providerIdOf };
