/**
 * The store's contract: what the case engine's shell needs from PostgreSQL, and (`repos`) the
 * repositories of every other table family (repositories.ts). Application state and events
 * are opaque JSON here — the store guards their invariants (one version at a time,
 * events appended only, each command's effect once), not their meaning.
 *
 * Two implementations share this contract and one SQL dialect: the embedded PostgreSQL (the
 * default: a data folder, nothing to install) and a PostgreSQL server (`DATABASE_URL`).
 */
import { AppError } from '../errors/app-error.ts';
import type { OutboxMessage } from './outbox.ts';
import type { Repositories } from './repositories.ts';

export interface EventRecord {
  type: string;
  /**
   * ISO instant the event happened at (the engine's clock, which tests may move). Read back
   * as the same instant in UTC (`toISOString()`), whatever offset it was written with.
   */
  at: string;
  data: unknown;
}

/** The searchable columns of an application; the full state is JSON beside them. */
export interface ApplicationSummary {
  id: string;
  serviceId: string;
  providerId: string;
  status: string;
  /** IIN/BIN of the applicant; null while unknown. */
  applicantId: string | null;
}

export interface ApplicationRow extends ApplicationSummary {
  version: number;
  state: unknown;
  updatedAt: Date;
}

export interface TimerInput {
  kind: string;
  dueAt: Date;
  payload?: unknown;
}

export interface DueTimer {
  id: string;
  applicationId: string;
  kind: string;
  dueAt: Date;
  payload: unknown;
}

export interface PermitRow {
  number: string;
  holderId: string;
  serviceId: string;
  status: string;
  /** The permit as the registry module shapes it (kind, subtype, appendices, history …). */
  data: unknown;
}

/**
 * Thrown when another command changed the application first; nothing was written. Also when a
 * concurrent transaction recorded the same idempotency key first, or PostgreSQL aborted this
 * transaction to break a deadlock with another: in every case a retry may succeed.
 */
export class ConflictError extends AppError {
  constructor(applicationId: string, expected: number) {
    super('store.conflict', `Application ${applicationId} is no longer at version ${expected}`, {
      id: applicationId,
    });
  }
}

/** Everything one command writes, for `StoreTx.commitCommand`. */
export interface CommandWrite {
  summary: ApplicationSummary;
  expectedVersion: number;
  /** The state and status read (null for a new application): the stage data written is what changed (stage-data.ts). */
  previous: { state: unknown; status: string } | null;
  state: unknown;
  events: EventRecord[];
  /** The application's pending timers from now on; null: those pending are these already, and stay. */
  timers: TimerInput[] | null;
  idempotencyKey: string;
  result: unknown;
  /** For a new application: the provider's territorial unit it is addressed to (`application_units`). */
  unitId?: string;
  /** The hash of the request that carried the key (commands.request_hash). */
  requestHash?: string;
  /**
   * What the command tells the applicant, written with it (a transactional outbox): e-mail and
   * SMS queued in notification_outbox (a key already queued is skipped) and messages put in the
   * cabinet inbox (cabinet_messages; `once`: unless one of that kind about that application is
   * there). `at` is the command's instant (created_at, next_attempt_at, sent_at).
   */
  messages?: { at: Date; outbox: OutboxMessage[]; inbox: InboxWrite[] };
}

/** A cabinet message written with a command (CommandWrite.messages). */
export interface InboxWrite {
  recipientId: string;
  applicationId: string;
  kind: string;
  text: { kk: string; ru: string; en: string };
  once: boolean;
}

export interface StoreTx {
  /**
   * The result recorded for the key (undefined when new) with the hash of the request that
   * recorded it (null when none was given), and the application with its pending timers, in one
   * round trip.
   */
  loadForCommand(
    applicationId: string,
    idempotencyKey: string,
  ): Promise<{
    result: unknown;
    requestHash: string | null;
    application: ApplicationRow | undefined;
    pendingTimers: TimerInput[];
  }>;
  /**
   * saveApplication + replaceTimers + recordCommand as one statement (the engine's hot path:
   * a third of the round trips). Throws ConflictError when the version moved or the key was
   * recorded by a concurrent twin; nothing is written then.
   */
  commitCommand(write: CommandWrite): Promise<number>;
  /** The ids of a provider's territorial units, in order. */
  unitIdsOf(providerId: string): Promise<string[]>;
  /** A registration number: unique and increasing, never blocking; a rolled-back transaction leaves a gap. */
  nextInboundNumber(): Promise<number>;
  /** The result recorded for an idempotency key, or undefined when the key is new. */
  findCommandResult(idempotencyKey: string): Promise<unknown>;
  findApplication(id: string): Promise<ApplicationRow | undefined>;
  /**
   * Writes the new state and appends the events (numbered expectedVersion + 1, …) if the
   * application is still at `expectedVersion` (0 = it must not exist yet); throws
   * ConflictError otherwise. Returns the new version. `events` must not be empty: the version
   * counts the events (RangeError otherwise).
   */
  saveApplication(
    summary: ApplicationSummary,
    expectedVersion: number,
    state: unknown,
    events: EventRecord[],
  ): Promise<number>;
  /** Records the first result of a key; ConflictError if a concurrent transaction recorded it first. */
  recordCommand(
    idempotencyKey: string,
    applicationId: string | null,
    result: unknown,
    requestHash?: string,
  ): Promise<void>;
  /** Replaces the application's pending timers (fired ones stay as history). */
  replaceTimers(applicationId: string, timers: TimerInput[]): Promise<void>;
  /** The next number of a named gapless sequence (inbound numbers per provider and year, permit numbers). */
  nextNumber(sequence: string): Promise<number>;
  putPermit(permit: PermitRow): Promise<void>;
  findPermit(number: string): Promise<PermitRow | undefined>;
  /**
   * A permit issued outside Ruqsat, inserted only when neither its number nor its original
   * number is in the registry yet (imports are serialized by a transaction lock).
   */
  insertImportedPermit(permit: PermitRow, originalNumber: string): Promise<ImportOutcome>;
}

/** `existing`: the registry number already holding that number or original number. */
export type ImportOutcome = { inserted: true } | { inserted: false; existing: string };

export interface Store {
  readonly kind: 'embedded' | 'server';
  /** The other table families (sessions, units, documents, complaints, outbox …), one repository each. */
  readonly repos: Repositories;
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * The same operations with no transaction around them: each call commits on its own. For a
   * command whose only write is `commitCommand` — one atomic, version-checked statement — the
   * BEGIN and COMMIT round trips buy nothing (engine.submit: see bench/engine.bench.ts).
   */
  autocommit(): StoreTx;
  findApplication(id: string): Promise<ApplicationRow | undefined>;
  listApplications(filter?: {
    serviceId?: string;
    status?: string;
    applicantId?: string;
  }): Promise<ApplicationRow[]>;
  events(applicationId: string): Promise<EventRecord[]>;
  findPermit(number: string): Promise<PermitRow | undefined>;
  pendingTimers(applicationId?: string): Promise<DueTimer[]>;
  /**
   * Fires due timers: each is claimed with FOR UPDATE SKIP LOCKED in its own transaction, the
   * handler runs inside it, and the timer is marked fired when the handler returns. A handler
   * that throws leaves its timer pending. Several processes may call this at once; none fires a
   * timer twice. Returns how many fired.
   *
   * A timer whose handler threw is passed over for the rest of the call, so the other due
   * timers still fire; then the first such error is rethrown. A timer whose application a
   * command holds at that moment is left for the next call.
   */
  fireDueTimers(
    now: Date,
    handler: (timer: DueTimer, tx: StoreTx) => Promise<void>,
    limit?: number,
  ): Promise<number>;
  close(): Promise<void>;
}
