/**
 * What every stage of the decision core is given: the context the shell prepared (clock,
 * actor, catalog version, calendar, and the numbers and checks only the shell can obtain), and
 * for a command on an existing application that application with its process and case.
 */
import type { PermitsLaw } from '../../catalog/law.ts';
import type { Service } from '../../catalog/schema.ts';
import type { TimeRules } from '../deadlines.ts';
import type { Actor, ApplicationState, Command, CommandType, SignatureCheck } from '../model.ts';

export type Process = Service['processes'][number];
export type Case = Service['cases'][number];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export interface DecideContext {
  now: Date;
  actor: Actor;
  /** The catalog version the application follows (for a new draft: the one in force now). */
  service: Service;
  actId: string;
  time: TimeRules;
  law: PermitsLaw | null;
  /** For a draft addressed to a unit: the ids of the provider's territorial units. */
  units?: readonly string[];
  /** For reissue, duplicate and appendix: the permit as the registry holds it. */
  permit?: { number: string; holderId: string; status: string } | null;
  /** A permit number the shell allocated, for a tacit-consent issue. */
  allocatedPermitNumber?: string;
  /** An inbound number the shell allocated, for a portal submission registered at once. */
  allocatedInboundNumber?: string;
  /** The shell's verification of the applicant's EDS on a submission. */
  signatureCheck?: SignatureCheck;
}

/** A command on an existing application: the state, its catalog case and process, and the context. */
export interface OnCase extends DecideContext {
  state: ApplicationState;
  kase: Case;
  process: Process | undefined;
}

/** Whether the clock is stopped (documents awaited from the applicant). */
export function isPaused(state: ApplicationState): boolean {
  return state.pauses.some((p) => p.to === null);
}
