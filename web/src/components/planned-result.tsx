/**
 * The date the result is due: the legal term, or — where the act defers the overall term to a
 * standard not in the catalog (seeds 001–003) — the estimate from the steps, with the label that
 * says it is not a legal term (issue 13 item 4).
 */
import type { Timeline } from '../api/types.ts';
import { useI18n } from '../i18n.ts';

export function PlannedResult({ timeline }: { timeline: Pick<Timeline, 'plannedResultDate' | 'estimate'> }) {
  const { pick, date } = useI18n();
  const estimate = timeline.estimate;
  if (timeline.plannedResultDate !== null || estimate === null)
    return <>{date(timeline.plannedResultDate)}</>;
  return (
    <>
      {date(estimate.date)} <span class="govuk-hint">({pick(estimate.label)})</span>
    </>
  );
}
