/**
 * An explanation of a computed date as text in kk, ru or en: the rule (rebuilt from the term
 * when it is known, so it reads in the chosen language), the days skipped with why, the notes
 * and the legal sources. The `rule` strings the engine stores stay English (they are data in
 * the event log); this is how a person reads them (`--lang`, issue 13). Pure.
 */
import type { Lang } from '../errors/messages.ts';
import type { DayReason, Explanation } from './calendar.ts';

/** The term a date was computed from, when the caller knows it (a catalog duration, a CLI count). */
export interface Term {
  amount: number;
  unit: string;
}

const labels: Record<
  Lang,
  { rule: string; skipped: string; note: string; sources: string; ordinary: string }
> = {
  kk: {
    rule: 'Ереже',
    skipped: 'Есептелмеген күндер',
    note: 'Ескертпе',
    sources: 'Дереккөздер',
    ordinary: 'кәдімгі жұмыс күні',
  },
  ru: {
    rule: 'Правило',
    skipped: 'Пропущенные дни',
    note: 'Примечание',
    sources: 'Источники',
    ordinary: 'обычный рабочий день',
  },
  en: {
    rule: 'Rule',
    skipped: 'Skipped',
    note: 'Note',
    sources: 'Sources',
    ordinary: 'an ordinary working day',
  },
};

/** The rule of a term in words; null when the unit has no wording here (the stored rule is shown). */
export function ruleText(term: Term, start: string, lang: Lang): string | null {
  const n = Math.abs(term.amount);
  const back = term.amount < 0;
  switch (term.unit) {
    case 'working_days':
      if (back)
        return {
          kk: `${start} күніне дейінгі ${n} жұмыс күні`,
          ru: `${n} рабоч. дн. до ${start}`,
          en: `${n} working day(s) before ${start}`,
        }[lang];
      return {
        kk: `${start} күнінен кейін ${n} жұмыс күні, басталған күн есептелмейді; демалыс, мереке күндері және заңмен не Үкімет қаулысымен ауыстырылған демалыс күндері есептелмейді`,
        ru: `${n} рабоч. дн. после ${start}, день начала не считается; выходные, праздничные дни и выходные, перенесённые законом или постановлением Правительства, пропускаются`,
        en: `${n} working day(s) after ${start}, the start day not counted; weekends, public holidays and days off moved by law or Government decree are skipped`,
      }[lang];
    case 'calendar_days':
      return {
        kk: `${start} күнінен кейін ${n} күнтізбелік күн: жұмыс күні ме, демалыс па — әр күн есептеледі`,
        ru: `${n} календ. дн. после ${start}: считается каждый день, рабочий или нет`,
        en: `${n} calendar day(s) after ${start}: every day counts, working or not`,
      }[lang];
    case 'months':
      return {
        kk: `${start} күнінен кейін ${n} ай`,
        ru: `${n} мес. после ${start}`,
        en: `${n} month(s) after ${start}`,
      }[lang];
    case 'hours':
    case 'minutes': {
      const unit = {
        kk: term.unit === 'hours' ? 'жұмыс сағаты' : 'жұмыс минуты',
        ru: term.unit === 'hours' ? 'рабоч. ч.' : 'рабоч. мин.',
        en: term.unit === 'hours' ? 'working hour(s)' : 'working minute(s)',
      }[lang];
      return {
        kk: `${start} бастап ${n} ${unit}, тек жұмыс уақыты ішінде`,
        ru: `${n} ${unit} с ${start}, только в рабочее время`,
        en: `${n} ${unit} from ${start}, counted inside working hours only`,
      }[lang];
    }
    default:
      return null;
  }
}

/** Why a day is or is not a working day, in the chosen language. */
export function reasonText(r: DayReason, lang: Lang): string {
  switch (r.kind) {
    case 'weekend':
      return { kk: 'демалыс күні (сенбі, жексенбі)', ru: 'выходной (суббота, воскресенье)', en: 'weekend' }[
        lang
      ];
    case 'holiday': {
      const religious = r.religious
        ? { kk: ', діни мереке', ru: ', религиозный праздник', en: ', religious' }[lang]
        : '';
      return `${lang === 'en' ? `${r.name.kk} (${r.name.en})` : r.name[lang]}${religious} — ${r.source}`;
    }
    case 'carry-over':
      return {
        kk: `${r.holiday} күнгі мерекеден (${r.name.kk}, демалыс күнге түскен) ауыстырылған демалыс — ${r.source}`,
        ru: `выходной, перенесённый с ${r.holiday} (${r.name.ru}, пришёлся на выходной) — ${r.source}`,
        en: `day off moved from ${r.holiday} (${r.name.en}, on a weekend) — ${r.source}`,
      }[lang];
    case 'decree-day-off': {
      const instead = r.workingDayInstead;
      return {
        kk: `Үкімет қаулысымен демалыс күні${instead ? `, орнына ${instead} жұмыс күні` : ''} — ${r.source}`,
        ru: `выходной по постановлению Правительства${instead ? `, рабочим стал ${instead}` : ''} — ${r.source}`,
        en: `day off by Government decree${instead ? `, worked on ${instead} instead` : ''} — ${r.source}`,
      }[lang];
    }
    case 'decree-working-day':
      return {
        kk: `Үкімет қаулысымен жұмыс күні, ${r.dayOffInstead} демалыс күнінің орнына — ${r.source}`,
        ru: `рабочий день по постановлению Правительства взамен ${r.dayOffInstead} — ${r.source}`,
        en: `working day by Government decree, in exchange for ${r.dayOffInstead} — ${r.source}`,
      }[lang];
  }
}

/** The reasons of a day, or "an ordinary working day" when it has none. */
export function dayText(reasons: DayReason[], lang: Lang, separator = '; '): string {
  return reasons.map((r) => reasonText(r, lang)).join(separator) || labels[lang].ordinary;
}

const kindWords: Record<Lang, Record<string, string>> = {
  kk: {
    weekend: 'демалыс',
    holiday: 'мереке',
    'carry-over': 'ауыстырылған демалыс',
    'decree-day-off': 'қаулымен демалыс',
  },
  ru: {
    weekend: 'выходной',
    holiday: 'праздник',
    'carry-over': 'перенесённый выходной',
    'decree-day-off': 'выходной по постановлению',
  },
  en: {},
};

/** The engine's other notes (issue 13 items 5, 7, 10, 11), matched exactly, with their kk and ru. */
const engineNotes: {
  pattern: RegExp;
  kk: (m: RegExpExecArray) => string;
  ru: (m: RegExpExecArray) => string;
}[] = [
  {
    pattern: /^(\d+) calendar day\(s\) added for the time the clock was stopped$/,
    kk: (m) => `мерзім тоқтатылған уақыт үшін ${m[1]} күнтізбелік күн қосылды`,
    ru: (m) => `добавлено ${m[1]} календ. дн. за время приостановления срока`,
  },
  {
    pattern: /^(\d{4}-\d{2}-\d{2}) is a day off: the term ends on the next working day, (\d{4}-\d{2}-\d{2})$/,
    kk: (m) => `${m[1]} — жұмыс істемейтін күн: мерзім келесі жұмыс күні, ${m[2]}, аяқталады`,
    ru: (m) => `${m[1]} — нерабочий день: срок оканчивается в следующий рабочий день, ${m[2]}`,
  },
  {
    pattern:
      /^the case's term ends (\S+); not handed over by the end of (\S+), the result counts as received$/,
    kk: (m) =>
      `қызмет көрсету мерзімі ${m[1]} аяқталады; ${m[2]} күннің соңына дейін берілмесе, нәтиже алынған болып есептеледі`,
    ru: (m) =>
      `срок оказания услуги истекает ${m[1]}; если результат не выдан до конца ${m[2]}, он считается полученным`,
  },
  {
    pattern: /^no act states these working hours: they are the deployment's office hours/,
    kk: () => 'бұл жұмыс уақытын ешбір акт белгілемейді: бұл орнатудың жұмыс уақыты (баптау)',
    ru: () => 'это рабочее время не установлено ни одним актом: это рабочее время развёртывания (настройка)',
  },
];

/**
 * A note in the chosen language. The engine writes its notes in English (they are stored with
 * the event); those it writes are recognised here, any other is shown as written.
 */
export function noteText(note: string, lang: Lang): string {
  if (lang === 'en') return note;
  for (const n of engineNotes) {
    const m = n.pattern.exec(note);
    if (m !== null) return n[lang](m);
  }
  const stopped = /^(\d+) working day\(s\) added for the time the clock was stopped$/.exec(note);
  if (stopped !== null)
    return lang === 'kk'
      ? `мерзім тоқтатылған уақыт үшін ${stopped[1]} жұмыс күні қосылды`
      : `добавлено ${stopped[1]} рабоч. дн. за время приостановления срока`;
  const dayOff = /^(\d{4}-\d{2}-\d{2}) is not a working day \((.*)\)$/.exec(note);
  if (dayOff !== null) {
    const kinds = (dayOff[2] ?? '')
      .split(', ')
      .map((k) => kindWords[lang][k] ?? k)
      .join(', ');
    return lang === 'kk'
      ? `${dayOff[1]} — жұмыс күні емес (${kinds})`
      : `${dayOff[1]} — нерабочий день (${kinds})`;
  }
  return note;
}

/** The whole explanation as lines of text. `term`: the term it was computed from, if known. */
export function explanationText(e: Explanation, lang: Lang, term?: Term): string {
  const l = labels[lang];
  const rule = (term === undefined ? null : ruleText(term, e.start, lang)) ?? e.rule;
  const lines = [`${l.rule}: ${rule}`];
  if (e.skipped.length > 0) {
    lines.push(`${l.skipped}:`);
    for (const d of e.skipped) lines.push(`  ${d.date}  ${dayText(d.reasons, lang)}`);
  }
  for (const n of e.notes) lines.push(`${l.note}: ${noteText(n, lang)}`);
  if (e.sources.length > 0) lines.push(`${l.sources}:`, ...e.sources.map((s) => `  ${s}`));
  return lines.join('\n');
}
