/**
 * Which commands each status of an application allows: the lifecycle as data, checked by the
 * compiler (a new status or command that is not placed here does not build). `decide` reads it
 * before anything else about a command, and the officials' case page reads it to know which
 * buttons to consider, so the two can never disagree. Pure.
 *
 * A command outside its status's row is refused with `cases.wrong_status`, here and nowhere
 * else; the other guards (who gives it, which step is current, which grounds are cited, …) are
 * the stage modules' in `src/cases/stages/`. `create-draft` has no row: it acts on no
 * application yet (on an existing one it is `cases.already_exists`).
 */
import { AppError } from '../errors/app-error.ts';
import { portalChannels, type ApplicationState, type CommandType, type Status } from './model.ts';

/** The commands given to an existing application. */
export type CaseCommandType = Exclude<CommandType, 'create-draft'>;

export const commandsByStatus = {
  draft: ['update-draft', 'submit', 'record-payment', 'withdraw', 'fire-timer'],
  submitted: ['register', 'record-payment', 'withdraw', 'fire-timer'],
  registered: [
    'record-payment',
    'assign-executor',
    'complete-step',
    'check-completeness',
    'request-state-data',
    'record-state-data',
    'withdraw',
    'fire-timer',
  ],
  'in-review': [
    'record-payment',
    'assign-executor',
    'complete-step',
    'request-state-data',
    'record-state-data',
    'record-inspection',
    'request-approval',
    'record-approval',
    'request-documents',
    'provide-documents',
    'send-preliminary-decision',
    'file-objection',
    'record-hearing',
    'decide',
    'withdraw',
    'fire-timer',
  ],
  // Steps after the decision (signing, handing over) are still the process's steps.
  approved: ['record-payment', 'complete-step', 'sign', 'fire-timer'],
  // A refusal is signed and handed over like a permit; it needs no fee.
  refused: ['complete-step', 'sign', 'deliver', 'fire-timer'],
  signed: ['record-payment', 'complete-step', 'issue', 'fire-timer'],
  issued: ['record-payment', 'complete-step', 'deliver', 'fire-timer'],
  // Timers of a closed application fire and find nothing to do.
  delivered: ['fire-timer'],
  withdrawn: ['fire-timer'],
} as const satisfies Record<Status, readonly CaseCommandType[]>;

/**
 * Where the status alone does not say it, the further condition without which the command
 * counts as given in the wrong status (the same refusal, so the applicant reads one reason).
 */
const alsoRequires: { readonly [T in CaseCommandType]?: (state: ApplicationState) => boolean } = {
  // A portal registers its electronic requests by itself when they are submitted.
  register: (state) => !portalChannels.has(state.channel),
  // The fee is paid once; on the portals while the request is still a draft (seed 000, annex 2 row 6).
  'record-payment': (state) => state.payment === null,
  // A refusal is handed over once it is signed.
  deliver: (state) => state.status !== 'refused' || state.signature !== null,
};

/** Whether the application's status (and the condition above, if any) lets the command be given. */
export function allows(state: ApplicationState, type: CaseCommandType): boolean {
  const row: readonly CaseCommandType[] = commandsByStatus[state.status];
  return row.includes(type) && (alsoRequires[type]?.(state) ?? true);
}

/** Refuses, with `cases.wrong_status`, a command the application's status does not allow. */
export function requireAllowed(state: ApplicationState, type: CaseCommandType): void {
  if (!allows(state, type))
    throw new AppError('cases.wrong_status', `${type} in ${state.status}`, {
      status: state.status,
      command: type,
    });
}
