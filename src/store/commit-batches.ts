/**
 * Commands that commit on their own (every one but those inside a transaction) reach PostgreSQL
 * together: while `concurrent` statements are running, the commands that come wait, and then go
 * as one statement of up to `most` commands (`commitCommands(k)`), with one commit for them all.
 * A lone command goes at once, as before; under load each one shares what a statement and a
 * commit cost, which was most of a submission's PostgreSQL CPU (docs/architecture.md, "Figures
 * of the write path", fourth pass).
 */
import pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { commitCommands } from './queries.ts';

/** What `commitCommands` answers for one command. */
export interface CommitOutcome {
  saved: number;
  recorded: number;
}

/** Runs `commitCommands(k)` as the store does (prepared, errors as AppError): an outcome per command. */
export type Send = (text: string, values: unknown[]) => Promise<CommitOutcome[]>;

/** A command the answer does not name saved nothing. */
const nothing: CommitOutcome = { saved: 0, recorded: 0 };

interface Waiting {
  applicationId: string;
  values: unknown[];
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

export class CommitBatches {
  private waiting: Waiting[] = [];
  private running = 0;

  /**
   * `concurrent`: 4, because with 2 a command often waited behind two statements at 4 concurrent
   * submissions, and the batches that formed were too small to pay for it; with 4 those never
   * wait, and at 16 concurrent the statements carry several commands each.
   */
  constructor(
    private readonly send: Send,
    private readonly concurrent = 4,
    private readonly most = 8,
  ) {}

  /** The command's write (commitParts' parameters, in order); resolves once it is committed. */
  commit(applicationId: string, values: unknown[]): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ applicationId, values, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.running < this.concurrent && this.waiting.length > 0) {
      const batch = this.take();
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  /**
   * The oldest commands, one per application: two writes of the same row in one statement would
   * leave it to PostgreSQL which one takes effect, so the second waits for the next statement and
   * loses its race there, as it would alone.
   */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const ids = new Set<string>();
    for (const w of this.waiting) {
      if (batch.length < this.most && !ids.has(w.applicationId)) {
        batch.push(w);
        ids.add(w.applicationId);
      } else later.push(w);
    }
    this.waiting = later;
    return batch;
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.send(
        commitCommands(batch.length),
        batch.flatMap((w) => w.values),
      );
      batch.forEach((w, j) => w.resolve(outcomes[j] ?? nothing));
    } catch (error) {
      if (batch.length === 1 || !refusedWhole(error)) {
        batch.forEach((w) => w.reject(error));
        return;
      }
      // The server refused the statement, so none of it was written: each command again on its
      // own, so that one command's refusal stays its own.
      await Promise.all(
        batch.map((w) =>
          this.send(commitCommands(1), w.values).then(
            (outcomes) => w.resolve(outcomes[0] ?? nothing),
            w.reject,
          ),
        ),
      );
    }
  }
}

/**
 * A statement the server refused and rolled back (a constraint, a cast), as opposed to a
 * connection lost on the way, after which the commit may or may not have happened: those go back
 * to every command of the batch unchanged, as they would to a command alone.
 */
function refusedWhole(error: unknown): boolean {
  const cause = error instanceof AppError ? error.cause : error;
  return (
    cause instanceof pg.DatabaseError &&
    cause.severity !== 'FATAL' &&
    cause.severity !== 'PANIC' &&
    !(cause.code ?? '').startsWith('08')
  );
}
