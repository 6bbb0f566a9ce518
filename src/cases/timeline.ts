/**
 * What an applicant or an official sees of an application's course: each step with who,
 * when it started, when it was due and done, and whether on time; the overall deadline with
 * working time left; pauses; overdue flags computed at `now`. Pure.
 */
import type { WorkingTime } from '../calendar/working-time.ts';
import type { Service, ShortLabel } from '../catalog/schema.ts';
import { estimateLabel } from './deadlines.ts';
import type { ApplicationState, StepRecord } from './model.ts';

type CatalogStep = Service['processes'][number]['steps'][number];

/** A step's wording in the catalog version the application follows (its process, by step id). */
export function catalogStep(
  service: Pick<Service, 'processes'>,
  processId: string | null,
  stepId: string | null | undefined,
): CatalogStep | undefined {
  return service.processes.find((p) => p.id === processId)?.steps.find((s) => s.id === stepId);
}

export interface TimelineStep {
  stepId: string;
  label: string | null;
  /** Ruqsat's short wording (kk, ru, en) where the catalog has one. */
  short: ShortLabel | null;
  role: string;
  /** The kind of participant (the page names it: "head", "executor" …), beside the act's participant id. */
  roleKind: StepRecord['roleKind'];
  action: string;
  startedAt: string;
  due: string | null;
  done: string | null;
  onTime: boolean | null;
  overdue: boolean;
}

/**
 * Where the act states no overall term (seeds 001–003): the sum of the step terms, shown with
 * its label and never overdue (issue 13 item 4).
 */
export interface Estimate {
  at: string;
  date: string;
  label: typeof estimateLabel;
}

export function estimateOf(state: Pick<ApplicationState, 'estimatedDeadline'>): Estimate | null {
  const e = state.estimatedDeadline ?? null;
  return e === null ? null : { at: e.at, date: e.explanation.result, label: estimateLabel };
}

export interface Timeline {
  status: ApplicationState['status'];
  registeredAt: string | null;
  /** The legal term; null where the act states none. */
  deadline: string | null;
  plannedResultDate: string | null;
  estimate: Estimate | null;
  /** Working minutes left until the overall deadline; negative when overdue. */
  workingMinutesLeft: number | null;
  overdue: boolean;
  paused: boolean;
  steps: TimelineStep[];
}

/** `service`: the catalog version the application follows, whose steps give their wording. */
export function timeline(
  state: ApplicationState,
  now: Date,
  office: WorkingTime,
  service: Pick<Service, 'processes'>,
): Timeline {
  const decided = state.decision !== null || state.status === 'withdrawn';
  const deadline = state.deadline?.at ?? null;
  const paused = state.pauses.some((p) => p.to === null);
  return {
    status: state.status,
    registeredAt: state.registration?.registeredAt ?? null,
    deadline,
    plannedResultDate: state.deadline?.explanation.result ?? null,
    estimate: estimateOf(state),
    workingMinutesLeft:
      deadline === null || decided ? null : office.remainingWorkingTime(now, new Date(deadline)),
    overdue: deadline !== null && !decided && !paused && now.getTime() > Date.parse(deadline),
    paused,
    steps: state.steps.map((s) => {
      const step = catalogStep(service, state.processId, s.stepId);
      return {
        stepId: s.stepId,
        label: step?.label ?? null,
        short: step?.short ?? null,
        role: s.role,
        roleKind: s.roleKind,
        action: step?.action ?? '',
        startedAt: s.startedAt,
        due: s.due?.at ?? null,
        done: s.doneAt,
        onTime: s.onTime,
        overdue: s.doneAt === null && s.due !== null && now.getTime() > Date.parse(s.due.at),
      };
    }),
  };
}

/**
 * Working time left to a due time in the provider's office hours (negative when overdue), or
 * null without one.
 */
export function workingMinutesTo(due: string | null, now: Date, office: WorkingTime): number | null {
  return due === null ? null : office.remainingWorkingTime(now, new Date(due));
}

/**
 * Working time left to an application's overall deadline until its result is delivered, as the
 * applicant's list of applications shows it.
 */
export function minutesLeftUntilDelivery(
  state: ApplicationState,
  now: Date,
  office: WorkingTime,
): number | null {
  return state.deliveredAt !== null ? null : workingMinutesTo(state.deadline?.at ?? null, now, office);
}
