/**
 * The one-object view of an application that `ruqsat application show --json` prints and
 * `ruqsat demo run --json` draws its times from (issue 13, "Visible to people and machines"):
 * every time ISO 8601 with the provider's offset (+05:00), the overall deadline with whether it
 * is a legal term and its explanation in the reader's language.
 */
import { explanationText } from '../calendar/explain-text.ts';
import { expand } from '../calendar/kept-explanation.ts';
import type { WorkingTime } from '../calendar/working-time.ts';
import type { ApplicationState } from '../cases/model.ts';
import type { Lang } from '../errors/messages.ts';

/** An instant as ISO 8601 in the office's zone, to the second: 2026-12-03T09:00:00+05:00. */
export function localIso(iso: string, office: WorkingTime): string;
export function localIso(iso: string | null, office: WorkingTime): string | null;
export function localIso(iso: string | null, office: WorkingTime): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  const text = office.format(new Date(ms)); // 2026-12-03T09:00+05:00
  const seconds = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
  return `${text.slice(0, 16)}:${seconds}${text.slice(16)}`;
}

export interface DeadlineView {
  at: string;
  legal: boolean;
  explanation: string;
}

/**
 * The overall deadline: the legal term, else the estimate from the steps with `legal: false`
 * (seeds 001–003 defer their term to standards not in the seeds; issue 13 item 4).
 */
export function deadlineView(state: ApplicationState, office: WorkingTime, lang: Lang): DeadlineView | null {
  const due = state.deadline ?? state.estimatedDeadline ?? null;
  if (due === null) return null;
  return {
    at: localIso(due.at, office),
    legal: state.deadline !== null,
    explanation: explanationText(expand(due.explanation, office.calendar), lang, due.duration),
  };
}

/** The object of `ruqsat application show --json`, keys in the order the issue lists them. */
export function applicationView(
  state: ApplicationState,
  events: { type: string; at: string }[],
  office: WorkingTime,
  lang: Lang,
) {
  return {
    id: state.id,
    service: state.serviceId,
    serviceVersion: state.serviceVersion,
    status: state.status,
    submittedAt: localIso(state.submittedAt, office),
    registeredAt: localIso(state.registration?.registeredAt ?? null, office),
    deadline: deadlineView(state, office, lang),
    // Granted by the passing of time (seed 004 16-т.), not by an official's decision.
    tacit: state.decision?.tacit === true || state.issued?.tacit === true,
    steps: state.steps.map((s) => ({
      stepId: s.stepId,
      startedAt: localIso(s.startedAt, office),
      due: localIso(s.due?.at ?? null, office),
      done: localIso(s.doneAt, office),
    })),
    events: events.map((e) => ({ type: e.type, at: localIso(e.at, office) })),
  };
}
