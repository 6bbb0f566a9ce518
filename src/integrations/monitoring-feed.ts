/**
 * The monitoring feed: the provider puts the data of every stage of every service into the
 * state-services monitoring information system (seed 000 Rules p. 14; seed 001 Regulations
 * sets the steps whose stages these are). Supervisors read timeliness from it, so a stage is
 * published when it starts and again when it is done; the pair (application, step, start)
 * identifies it, and the later record replaces the earlier one.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { Instant, type Clock } from './clock.ts';

const nonEmpty = z.string().trim().min(1);

export const StageRecord = z.object({
  applicationId: nonEmpty,
  serviceId: nonEmpty,
  providerId: nonEmpty,
  stepId: nonEmpty,
  /** The participant who performs the step (clerk, head, executor, commission …). */
  role: nonEmpty,
  startedAt: Instant,
  dueAt: Instant,
  /** null while the stage is still running. */
  doneAt: Instant.nullable(),
  /** Whether it was done by `dueAt`; null while running. */
  onTime: z.boolean().nullable(),
});
export type StageRecord = z.infer<typeof StageRecord>;

/** The port. */
export interface MonitoringFeed {
  publish(stage: StageRecord): Promise<void>;
}

const invalid = (field: string, why: string) =>
  new AppError('monitoring.invalid_stage', `Stage field ${field}: ${why}`, { field });

/**
 * The stage checked for shape and consistency (done no earlier than started, `onTime` agreeing
 * with the times); throws `monitoring.invalid_stage` naming the field. Supervisors count
 * overdue stages from this feed, so a record that contradicts itself is refused, not stored.
 */
export function parseStage(value: unknown): StageRecord {
  const parsed = StageRecord.safeParse(value);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'stage';
    throw invalid(field, parsed.error.issues[0]?.message ?? 'invalid');
  }
  const stage = parsed.data;
  const started = Date.parse(stage.startedAt);
  const due = Date.parse(stage.dueAt);
  if (due < started) throw invalid('dueAt', 'before startedAt');
  if (stage.doneAt === null) {
    if (stage.onTime !== null) throw invalid('onTime', 'set while the stage is running');
    return stage;
  }
  const done = Date.parse(stage.doneAt);
  if (done < started) throw invalid('doneAt', 'before startedAt');
  if (stage.onTime !== done <= due) throw invalid('onTime', `does not match doneAt ${stage.doneAt}`);
  return stage;
}

export interface PublishedStage extends StageRecord {
  publishedAt: string;
}

export interface MonitoringFeedSimulatorOptions {
  clock: Clock;
}

/** Records what was published, latest version of each stage; can be told to be unavailable. */
export class MonitoringFeedSimulator implements MonitoringFeed {
  private readonly clock: Clock;
  private readonly stages = new Map<string, PublishedStage>();
  private failuresLeft = 0;

  constructor(options: MonitoringFeedSimulatorOptions) {
    this.clock = options.clock;
  }

  /** The next `times` publishes fail as if the monitoring system were down. */
  failNext(times: number): void {
    this.failuresLeft = Math.max(0, Math.floor(times));
  }

  async publish(stage: StageRecord): Promise<void> {
    const record = parseStage(stage);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new AppError('monitoring.unavailable', 'Monitoring system unavailable (simulated)', {});
    }
    const key = JSON.stringify([record.applicationId, record.stepId, record.startedAt]);
    // Re-inserting moves the stage to the end, so `list` stays in publication order.
    this.stages.delete(key);
    this.stages.set(key, { ...record, publishedAt: this.clock().toISOString() });
  }

  /** The stages published, oldest publication first; one application's when asked. */
  list(filter: { applicationId?: string } = {}): PublishedStage[] {
    return [...this.stages.values()]
      .filter((s) => filter.applicationId === undefined || s.applicationId === filter.applicationId)
      .map((s) => ({ ...s }));
  }
}
