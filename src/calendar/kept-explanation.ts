/**
 * An explanation as an application keeps it: the dates, the rule and the notes of the term, but
 * not the calendar's own words about each day passed over (holiday names in three languages,
 * the legal source of each day off). Those are the calendar's and are looked up again when the
 * explanation is read: a holiday's name and source made up most of a stored deadline (about
 * 1.3 of its 1.8 kB), written again by every command that rewrote the state.
 */
import type { DayInfo, Explanation, WorkCalendar } from './calendar.ts';
import type { LocalDate } from './local-date.ts';

/**
 * `skipped`: the dates only. `sources`: only those no skipped day gives (a term rule's, the
 * office hours', a tacit-consent rule's); the days' own come back with the days.
 */
export interface KeptExplanation extends Omit<Explanation, 'skipped'> {
  skipped: LocalDate[];
}

/** What an application stores of an explanation. */
export function keep(e: Explanation): KeptExplanation {
  const ofDays = new Set(e.skipped.flatMap(daySources));
  return { ...e, skipped: e.skipped.map((d) => d.date), sources: e.sources.filter((s) => !ofDays.has(s)) };
}

/**
 * The whole explanation again: each skipped day as the calendar describes it, its sources first.
 * An application stored before explanations were kept short has whole days already; they stay.
 */
export function expand(e: KeptExplanation | Explanation, calendar: WorkCalendar): Explanation {
  const skipped = (e.skipped as (LocalDate | DayInfo)[]).map((d) =>
    typeof d === 'string' ? calendar.describeDay(d) : d,
  );
  return { ...e, skipped, sources: [...new Set([...skipped.flatMap(daySources), ...e.sources])] };
}

/**
 * `value` with every explanation in it expanded, wherever it stands (a due time's `explanation`,
 * the `registration` of a registered event): a state or an event as a reader gets it.
 */
export function expandAll<T>(value: T, calendar: WorkCalendar): T {
  if (Array.isArray(value)) return value.map((v: unknown) => expandAll(v, calendar)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isExplanation(value)) return expand(value, calendar) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandAll(v, calendar)])) as T;
}

function isExplanation(v: object): v is KeptExplanation | Explanation {
  const e = v as Partial<Record<keyof Explanation, unknown>>;
  return (
    typeof e.rule === 'string' &&
    typeof e.result === 'string' &&
    Array.isArray(e.skipped) &&
    Array.isArray(e.sources)
  );
}

function daySources(day: DayInfo): string[] {
  return day.reasons.flatMap((r) => (r.kind === 'weekend' ? [] : [r.source]));
}
