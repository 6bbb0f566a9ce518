/**
 * Technical-failure reports (seed 000 Қағидалар 15-т.): when the information system fails, the
 * e-government operator is told at once, by a request to the single support service's e-mail
 * (sd@nitec.kz in the act), with, mandatorily:
 *   - the name of the state service («мемлекеттік көрсетілетін қызмет атауы»);
 *   - the application's unique number (or its administrative document's number and code), or the
 *     permit document's unique number («…өтініштің бірегей сәйкестендіру нөмірі … немесе рұқсат
 *     құжатының бірегей сәйкестендіру нөмірі»);
 *   - the applicant's IIN or BIN («…жеке сәйкестендіру нөмірі немесе бизнес-сәйкестендіру нөмірі»);
 *   - the exact time of the error, counted from the moment of authorisation («авторизациялау
 *     сәтінен бастап қатенің нақты уақытын көрсете отырып»);
 *   - step-by-step screenshots up to the moment of the error («қате пайда болған сәтке дейінгі
 *     қадамдық скриншоттарды қоса бере отырып»).
 * Pure: what a report must hold, the e-mail it becomes and the status it shows. The act puts the
 * duty on the provider; Ruqsat lets the applicant file it from the cabinet and a clerk on their
 * behalf, and sends it through the notification outbox (src/store/failure-reports.ts).
 */
import { checkId } from '../identity/iin-bin.ts';
import { timeZone, wallClock } from '../calendar/index.ts';

/** Where the act sends the report (seed 000 15-т.): the single support service's e-mail. */
export const ACT_OPERATOR_EMAIL = 'sd@nitec.kz';
/**
 * Outside production the default address (RUQSAT_EGOV_SUPPORT_EMAIL unset): a reserved domain
 * (RFC 2606 .invalid), so a demo with a real SMTP relay never writes to the real support desk.
 */
export const DEMO_OPERATOR_EMAIL = 'sd@nitec.kz.invalid';
export const FAILURE_REPORT_SOURCE = 'seed 000 Қағидалар 15-т.';

/** The screenshot types accepted: images only (read from the bytes, src/server/attachment-type.ts). */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'] as const;
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number];
/** At most this many screenshots per report: one per step of a filing is far fewer. */
export const MAX_SCREENSHOTS = 10;

export interface ScreenshotInfo {
  name: string;
  /** What the bytes are (sniffed), not what the client said; null: not PDF, PNG or JPEG at all. */
  mediaType: string | null;
  size: number;
  sha256: string;
}

export interface FailureReportDraft {
  /** The catalog service the failure happened in, and its title as the act names it. */
  serviceId: string;
  serviceTitle: string;
  /** The application's number, or (for a failure about a permit) the permit's registry number. */
  applicationId: string | null;
  permitNumber: string | null;
  /** The applicant's IIN or BIN. */
  iinBin: string;
  /** When the applicant was authorised, and when the error appeared (ISO 8601 instants). */
  authorisedAt: string;
  failedAt: string;
  /** What went wrong, in the reporter's words. */
  description: string;
  screenshots: ScreenshotInfo[];
}

export type FailureReportField =
  'serviceId' | 'number' | 'iinBin' | 'authorisedAt' | 'failedAt' | 'description' | 'screenshots';

export interface FailureReportProblem {
  field: FailureReportField;
  /** missing | invalid (checksum, format) | order (error before authorisation) | future | type | count */
  code: 'missing' | 'invalid' | 'order' | 'future' | 'type' | 'count';
  /** The screenshot's name for a `type` problem; the identifier check's error for `invalid`. */
  detail?: string;
}

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * What is missing or wrong in a report, every problem at once (empty: it may be sent). `now`
 * bounds the times: a failure cannot be reported before it happened.
 */
export function checkFailureReport(draft: FailureReportDraft, now: Date): FailureReportProblem[] {
  const problems: FailureReportProblem[] = [];
  if (!present(draft.serviceId)) problems.push({ field: 'serviceId', code: 'missing' });
  if (!present(draft.applicationId) && !present(draft.permitNumber))
    problems.push({ field: 'number', code: 'missing' });
  if (!present(draft.iinBin)) problems.push({ field: 'iinBin', code: 'missing' });
  else {
    const id = checkId(draft.iinBin);
    if (!id.valid) problems.push({ field: 'iinBin', code: 'invalid', detail: id.error });
  }
  const authorised = present(draft.authorisedAt) ? Date.parse(draft.authorisedAt) : NaN;
  const failed = present(draft.failedAt) ? Date.parse(draft.failedAt) : NaN;
  for (const [field, value, at] of [
    ['authorisedAt', draft.authorisedAt, authorised],
    ['failedAt', draft.failedAt, failed],
  ] as const) {
    if (!present(value)) problems.push({ field, code: 'missing' });
    else if (Number.isNaN(at)) problems.push({ field, code: 'invalid' });
    else if (at > now.getTime()) problems.push({ field, code: 'future' });
  }
  if (!Number.isNaN(authorised) && !Number.isNaN(failed) && failed < authorised)
    problems.push({ field: 'failedAt', code: 'order' });
  if (!present(draft.description)) problems.push({ field: 'description', code: 'missing' });
  if (draft.screenshots.length === 0) problems.push({ field: 'screenshots', code: 'missing' });
  else if (draft.screenshots.length > MAX_SCREENSHOTS) problems.push({ field: 'screenshots', code: 'count' });
  for (const s of draft.screenshots)
    if (!(SCREENSHOT_TYPES as readonly (string | null)[]).includes(s.mediaType))
      problems.push({ field: 'screenshots', code: 'type', detail: s.name });
  return problems;
}

const fieldNames: Record<FailureReportField, Record<'kk' | 'ru' | 'en', string>> = {
  serviceId: { kk: 'мемлекеттік көрсетілетін қызмет', ru: 'государственная услуга', en: 'the service' },
  number: {
    kk: 'өтініштің немесе рұқсат құжатының нөмірі',
    ru: 'номер заявления или разрешительного документа',
    en: 'the application or permit number',
  },
  iinBin: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН', en: 'the IIN/BIN' },
  authorisedAt: { kk: 'авторизация уақыты', ru: 'время авторизации', en: 'the time of authorisation' },
  failedAt: { kk: 'қатенің уақыты', ru: 'время ошибки', en: 'the time of the error' },
  description: { kk: 'сипаттама', ru: 'описание', en: 'the description' },
  screenshots: { kk: 'қадамдық скриншоттар', ru: 'пошаговые скриншоты', en: 'the step-by-step screenshots' },
};

const codeNames: Record<FailureReportProblem['code'], Record<'kk' | 'ru' | 'en', string>> = {
  missing: { kk: 'көрсетілмеген', ru: 'не указано', en: 'missing' },
  invalid: { kk: 'қате', ru: 'неверно', en: 'not valid' },
  order: { kk: 'авторизациядан бұрын', ru: 'раньше авторизации', en: 'before the authorisation' },
  future: { kk: 'әлі келмеген уақыт', ru: 'ещё не наступило', en: 'in the future' },
  type: { kk: 'сурет емес', ru: 'не изображение', en: 'not an image' },
  count: {
    kk: `${MAX_SCREENSHOTS}-нан көп`,
    ru: `больше ${MAX_SCREENSHOTS}`,
    en: `more than ${MAX_SCREENSHOTS}`,
  },
};

/** The problems as one line per language: "ЖСН/БСН — қате; скриншоттар — көрсетілмеген". */
export function problemsText(problems: FailureReportProblem[], lang: 'kk' | 'ru' | 'en'): string {
  return problems
    .map(
      (p) =>
        `${fieldNames[p.field][lang]} — ${codeNames[p.code][lang]}${p.detail === undefined ? '' : ` (${p.detail})`}`,
    )
    .join('; ');
}

/** "05:12" (minutes:seconds) or "1:02:03": the error's time counted from the authorisation. */
export function sinceAuthorisation(authorisedAt: string, failedAt: string): string {
  const total = Math.max(0, Math.round((Date.parse(failedAt) - Date.parse(authorisedAt)) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** A time as the operator reads it: Astana wall clock with the offset in force. */
function local(iso: string): string {
  const ms = Date.parse(iso);
  const { date, time } = wallClock(ms);
  const seconds = String(new Date(ms).getUTCSeconds()).padStart(2, '0');
  return `${date} ${time}:${seconds} (UTC+${timeZone().offsetAt(ms) / 60})`;
}

export interface FailureReportRecord extends FailureReportDraft {
  id: string;
  /** Who filed it: the applicant themself, or an official on their behalf (the official's id). */
  filedBy: { kind: 'applicant' | 'official'; id: string; providerId: string | null };
  createdAt: string;
}

/**
 * The request to the operator (seed 000 15-т.): subject and body in Kazakh and Russian (the
 * operator's languages), every mandatory field on its own line; the screenshots go as attachments.
 */
export function operatorMessage(report: FailureReportRecord): { subject: string; body: string } {
  const number = [
    report.applicationId === null ? null : `өтініш / заявление № ${report.applicationId}`,
    report.permitNumber === null ? null : `рұқсат / разрешение № ${report.permitNumber}`,
  ]
    .filter((x) => x !== null)
    .join('; ');
  const shots = report.screenshots.map(
    (s, i) => `  ${i + 1}. ${s.name} (${s.mediaType ?? '?'}, ${s.size} B, SHA-256 ${s.sha256})`,
  );
  const body = [
    `Техникалық іркіліс туралы хабарлама / Сообщение о технической ошибке (${FAILURE_REPORT_SOURCE})`,
    `Ruqsat № ${report.id}`,
    '',
    `Мемлекеттік көрсетілетін қызмет / Государственная услуга: ${report.serviceTitle} (${report.serviceId})`,
    `Нөмір / Номер: ${number}`,
    `ЖСН/БСН / ИИН/БИН: ${report.iinBin}`,
    `Авторизация: ${local(report.authorisedAt)}`,
    `Қате / Ошибка: ${local(report.failedAt)} — авторизациядан кейін / после авторизации ${sinceAuthorisation(report.authorisedAt, report.failedAt)}`,
    `Сипаттама / Описание: ${report.description}`,
    `Қадамдық скриншоттар / Пошаговые скриншоты (${report.screenshots.length}, тіркелген / во вложении):`,
    ...shots,
    '',
    report.filedBy.kind === 'official'
      ? `Берген / Подал: ${report.filedBy.id} (${report.filedBy.providerId ?? ''}), көрсетілетін қызметті алушының атынан / от имени услугополучателя`
      : 'Берген / Подал: көрсетілетін қызметті алушы / услугополучатель',
  ].join('\n');
  return {
    subject: `Техникалық іркіліс / Техническая ошибка: ${report.serviceId}, ${report.iinBin}, Ruqsat ${report.id}`,
    body,
  };
}

/** The outbox message's dedupe key: one e-mail per report, however often it is queued. */
export const operatorDedupeKey = (reportId: string) => `failure-report:${reportId}:email`;

/**
 * received → sent to the operator (the outbox delivered it) → closed (the operator's answer
 * recorded); `send-failed` when the outbox gave up after its last attempt.
 */
export type FailureReportStatus = 'received' | 'sent' | 'send-failed' | 'closed';

export function failureReportStatus(
  delivery: { status: 'pending' | 'delivered' | 'failed' } | null,
  closedAt: string | null,
): FailureReportStatus {
  if (closedAt !== null) return 'closed';
  if (delivery?.status === 'delivered') return 'sent';
  if (delivery?.status === 'failed') return 'send-failed';
  return 'received';
}
