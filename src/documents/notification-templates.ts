/**
 * The notification text for each status of an application, in kk/ru/en, for the notifier port
 * (src/integrations/notifications.ts). Pure; `platform.ts` may use it in place of its one-line
 * status text.
 */
import { estimateLabel, resultDate } from '../cases/deadlines.ts';
import type { ApplicationState, Status } from '../cases/model.ts';
import { formatDate, formatDateTime } from './content.ts';

export interface NotificationText {
  kk: string;
  ru: string;
  en: string;
}

/** A service's title as the catalog has it: Kazakh, and Ruqsat's ru/en where there are. */
export interface ServiceTitle {
  kk: string;
  ru?: string | undefined;
  en?: string | undefined;
}

type About = Pick<ApplicationState, 'registration' | 'submittedAt' | 'createdAt'>;

/**
 * How a message names the application: its inbound number once registered, before that the
 * date it was sent ("02.06.2025 жылғы", "от 02.06.2025") — never the internal id.
 */
function refOf(state: About): NotificationText {
  const number = state.registration?.inboundNumber;
  if (number !== undefined && number !== '') return { kk: `№ ${number}`, ru: `№ ${number}`, en: number };
  const day = formatDate(state.submittedAt ?? state.createdAt);
  return { kk: `${day} жылғы`, ru: `от ${day}`, en: `of ${day}` };
}

/** The text with the service named after it (every message about an application names it). */
function withService(text: NotificationText, title: ServiceTitle): NotificationText {
  return {
    kk: `${text.kk} Қызмет: «${title.kk}».`,
    ru: `${text.ru} Услуга: «${title.ru ?? title.kk}».`,
    en: `${text.en} Service: “${title.en ?? title.kk}”.`,
  };
}

/**
 * The result date in each language: the legal term as is; where the act states none (seeds
 * 001–003), the estimate from the steps with its label — never promised as a legal term.
 */
export function dueTexts(
  state: Pick<ApplicationState, 'deadline' | 'estimatedDeadline'>,
  format: (iso: string) => string = formatDate,
): NotificationText {
  const due = resultDate(state);
  if (due === null) return { kk: '—', ru: '—', en: '—' };
  const text = format(due.at);
  if (due.legal) return { kk: text, ru: text, en: text };
  return {
    kk: `${text} (${estimateLabel.kk})`,
    ru: `${text} (${estimateLabel.ru})`,
    en: `${text} (${estimateLabel.en})`,
  };
}

/** The text of the notification sent when the application reaches its current status. */
export function statusNotification(state: ApplicationState, title: ServiceTitle): NotificationText {
  return withService(statusText(state), title);
}

function statusText(state: ApplicationState): NotificationText {
  const ref = refOf(state);
  const status: Status = state.status;
  const due = dueTexts(state);
  switch (status) {
    case 'draft':
      return {
        kk: `${ref.kk} өтініштің жобасы сақталды.`,
        ru: `Черновик заявления ${ref.ru} сохранён.`,
        en: `Draft application ${ref.en} saved.`,
      };
    case 'submitted':
      return {
        kk: `${ref.kk} өтініш жіберілді, тіркеуді күтуде.`,
        ru: `Заявление ${ref.ru} отправлено и ожидает регистрации.`,
        en: `Application ${ref.en} was sent and awaits registration.`,
      };
    case 'registered': {
      // The portal's acknowledgement names the date and time the result is due (seed 004 14-т. 2)).
      const at = dueTexts(state, formatDateTime);
      return {
        kk: `${ref.kk} өтініш тіркелді. Нәтижені алу күні мен уақыты: ${at.kk}.`,
        ru: `Заявление ${ref.ru} зарегистрировано. Дата и время получения результата: ${at.ru}.`,
        en: `Application ${ref.en} was registered. Result due: ${at.en}.`,
      };
    }
    case 'in-review':
      return {
        kk: `${ref.kk} өтініш қаралуда. Нәтиже мерзімі: ${due.kk}.`,
        ru: `Заявление ${ref.ru} на рассмотрении. Срок результата: ${due.ru}.`,
        en: `Application ${ref.en} is under review. Result due: ${due.en}.`,
      };
    case 'approved':
      return {
        kk: `${ref.kk} өтініш бойынша оң шешім қабылданды.`,
        ru: `По заявлению ${ref.ru} принято положительное решение.`,
        en: `Application ${ref.en} was approved.`,
      };
    case 'refused':
      return {
        kk: `${ref.kk} өтініш бойынша дәлелді бас тарту берілді. Оған шағымдануға болады.`,
        ru: `По заявлению ${ref.ru} выдан мотивированный отказ. Его можно обжаловать.`,
        en: `Application ${ref.en} was refused with reasons. The refusal can be appealed.`,
      };
    case 'signed':
      return {
        kk: `${ref.kk} өтініштің нәтижесіне ЭЦҚ-мен қол қойылды.`,
        ru: `Результат по заявлению ${ref.ru} подписан ЭЦП.`,
        en: `The result of application ${ref.en} was signed with an EDS.`,
      };
    case 'issued':
      return {
        kk: `${ref.kk} өтініш бойынша рұқсат берілді: № ${state.issued?.permitNumber ?? '—'}.`,
        ru: `По заявлению ${ref.ru} выдано разрешение № ${state.issued?.permitNumber ?? '—'}.`,
        en: `Permit ${state.issued?.permitNumber ?? '—'} was issued on application ${ref.en}.`,
      };
    case 'delivered':
      // Seed 004 16-т.: not handed over in time, the licence counts as received.
      if (state.deemedReceived === true) {
        const on = formatDateTime(state.deliveredAt);
        return {
          kk: `${ref.kk} өтініш бойынша лицензия бес жұмыс күні ішінде берілмеді және ${on} алынған болып есептеледі. Тізімдеменің көшірмесі лицензияны алғанға дейін қызметтің заңдылығын растайды.`,
          ru: `Лицензия по заявлению ${ref.ru} не выдана в течение пяти рабочих дней и считается полученной ${on}. Копия описи подтверждает законность деятельности до получения лицензии.`,
          en: `The licence on application ${ref.en} was not handed over within five working days and counts as received on ${on}. The inventory copy proves the activity lawful until the licence is received.`,
        };
      }
      return {
        kk: `${ref.kk} өтініштің нәтижесі жеке кабинетке жіберілді.`,
        ru: `Результат по заявлению ${ref.ru} направлен в личный кабинет.`,
        en: `The result of application ${ref.en} was sent to your personal cabinet.`,
      };
    case 'withdrawn':
      return {
        kk: `${ref.kk} өтініш кері қайтарылды.`,
        ru: `Заявление ${ref.ru} отозвано.`,
        en: `Application ${ref.en} was withdrawn.`,
      };
  }
}

/** The e-mail subject for any message about an application. */
export function applicationSubject(state: About): NotificationText {
  const ref = refOf(state);
  return {
    kk: `Ruqsat: ${ref.kk} өтініш`,
    ru: `Ruqsat: заявление ${ref.ru}`,
    en: `Ruqsat: application ${ref.en}`,
  };
}

/** The deadline events an applicant is told of (besides the status changes). */
export const DEADLINE_EVENTS = [
  'clock-paused',
  'clock-resumed',
  'preliminary-decision-sent',
  'overdue-flagged',
  'reissue-duty-reminded',
  'reissue-duty-lapsed',
] as const;
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

/**
 * The text of a deadline event: the clock stopped for documents, the clock running again with
 * the new result date, the objection deadline of a preliminary decision, the result date passed.
 * Null for an event the applicant is not told of (a step's own deadline is the officials' matter).
 */
export function deadlineNotification(
  state: ApplicationState,
  event: { type: string; what?: string; documents?: string[]; lastDay?: string },
  title: ServiceTitle,
): NotificationText | null {
  const text = deadlineText(state, event);
  return text === null ? null : withService(text, title);
}

function deadlineText(
  state: ApplicationState,
  event: { type: string; what?: string; documents?: string[]; lastDay?: string },
): NotificationText | null {
  const ref = refOf(state);
  const due = dueTexts(state);
  switch (event.type) {
    case 'clock-paused': {
      const docs = (event.documents ?? []).join(', ') || '—';
      return {
        kk: `${ref.kk} өтініш бойынша құжаттар сұралды: ${docs}. Құжаттар берілгенге дейін мерзім тоқтатылды.`,
        ru: `По заявлению ${ref.ru} запрошены документы: ${docs}. Срок приостановлен до их представления.`,
        en: `Documents were requested on application ${ref.en}: ${docs}. The deadline is paused until you provide them.`,
      };
    }
    case 'clock-resumed':
      return {
        kk: `${ref.kk} өтініш бойынша мерзім қайта басталды. Нәтиже мерзімі: ${due.kk}.`,
        ru: `Срок по заявлению ${ref.ru} возобновлён. Срок результата: ${due.ru}.`,
        en: `The deadline of application ${ref.en} runs again. Result due: ${due.en}.`,
      };
    case 'preliminary-decision-sent': {
      const by = formatDate(state.preliminaryDecision?.objectionDue?.at);
      return {
        kk: `${ref.kk} өтініш бойынша алдын ала шешім жіберілді. Қарсылықты ${by} дейін беруге болады.`,
        ru: `По заявлению ${ref.ru} направлено предварительное решение. Возражение можно подать до ${by}.`,
        en: `A preliminary decision was sent on application ${ref.en}. You may object until ${by}.`,
      };
    }
    case 'overdue-flagged':
      if (event.what !== 'overall') return null;
      return {
        kk: `${ref.kk} өтініштің нәтиже мерзімі (${due.kk}) өтті. Шағым беруге құқыңыз бар.`,
        ru: `Срок результата по заявлению ${ref.ru} (${due.ru}) истёк. Вы вправе подать жалобу.`,
        en: `The result date of application ${ref.en} (${due.en}) has passed. You may file a complaint.`,
      };
    case 'reissue-duty-reminded': {
      // Seed 004 11-т.: the licensee applies for the reissue within 30 calendar days of the change.
      const by = event.lastDay?.split('-').reverse().join('.') ?? '—';
      const p = state.permitNumber ?? '—';
      return {
        kk: `№ ${p} лицензияны қайта ресімдеуге өтінішті ${by} дейін беріңіз (өзгерістен кейін күнтізбелік 30 күн). ${ref.kk} өтініштің жобасы әлі жіберілмеген.`,
        ru: `Подайте заявление на переоформление лицензии № ${p} до ${by} (30 календарных дней после изменения). Черновик заявления ${ref.ru} ещё не отправлен.`,
        en: `Apply for the reissue of licence ${p} by ${by} (30 calendar days after the change). Draft application ${ref.en} has not been sent yet.`,
      };
    }
    case 'reissue-duty-lapsed': {
      const by = event.lastDay?.split('-').reverse().join('.') ?? '—';
      const p = state.permitNumber ?? '—';
      return {
        kk: `№ ${p} лицензияны қайта ресімдеуге өтініш беру мерзімі ${by} өтті (өзгерістен кейін күнтізбелік 30 күн).`,
        ru: `Срок подачи заявления на переоформление лицензии № ${p} истёк ${by} (30 календарных дней после изменения).`,
        en: `The term to apply for the reissue of licence ${p} ended on ${by} (30 calendar days after the change).`,
      };
    }
    default:
      return null;
  }
}

const outcomeText: Record<'satisfied' | 'partly-satisfied' | 'rejected', NotificationText> = {
  satisfied: { kk: 'қанағаттандырылды', ru: 'удовлетворена', en: 'granted' },
  'partly-satisfied': { kk: 'ішінара қанағаттандырылды', ru: 'удовлетворена частично', en: 'partly granted' },
  rejected: { kk: 'қанағаттандырусыз қалдырылды', ru: 'оставлена без удовлетворения', en: 'refused' },
};

/** What happened to a complaint, for the applicant: filed, extended (the notice), decided, forwarded. */
export function complaintNotification(
  complaint: { reviewDue: string },
  event:
    | { type: 'complaint-filed' }
    | { type: 'review-extended'; reason: string }
    | {
        type: 'complaint-decided';
        outcome: 'satisfied' | 'partly-satisfied' | 'rejected';
        forwardDue: string | null;
      }
    | { type: 'complaint-forwarded'; body: string },
  application: About,
  title: ServiceTitle,
): NotificationText {
  return withService(complaintText(complaint, event, refOf(application)), title);
}

function complaintText(
  complaint: { reviewDue: string },
  event: Parameters<typeof complaintNotification>[1],
  ref: NotificationText,
): NotificationText {
  const due = complaint.reviewDue.split('-').reverse().join('.');
  switch (event.type) {
    case 'complaint-filed':
      return {
        kk: `${ref.kk} өтініш бойынша шағым тіркелді. Қарау мерзімі: ${due}.`,
        ru: `Жалоба по заявлению ${ref.ru} зарегистрирована. Срок рассмотрения: ${due}.`,
        en: `Your complaint on application ${ref.en} was registered. Review due: ${due}.`,
      };
    case 'review-extended':
      return {
        kk: `${ref.kk} өтініш бойынша шағымды қарау мерзімі ${due} дейін ұзартылды. Себебі: ${event.reason}.`,
        ru: `Срок рассмотрения жалобы по заявлению ${ref.ru} продлён до ${due}. Причина: ${event.reason}.`,
        en: `The review of your complaint on application ${ref.en} was extended to ${due}. Reason: ${event.reason}.`,
      };
    case 'complaint-decided': {
      const o = outcomeText[event.outcome];
      const next =
        event.forwardDue === null
          ? { kk: '', ru: '', en: '' }
          : {
              kk: ' Шағым қарайтын органға жіберіледі.',
              ru: ' Жалоба будет направлена в орган, рассматривающий жалобу.',
              en: ' It will be forwarded to the reviewing body.',
            };
      return {
        kk: `${ref.kk} өтініш бойынша шағым ${o.kk}.${next.kk}`,
        ru: `Жалоба по заявлению ${ref.ru} ${o.ru}.${next.ru}`,
        en: `Your complaint on application ${ref.en} was ${o.en}.${next.en}`,
      };
    }
    case 'complaint-forwarded':
      return {
        kk: `${ref.kk} өтініш бойынша шағым қарайтын органға жіберілді: ${event.body}. Қарау мерзімі: ${due}.`,
        ru: `Жалоба по заявлению ${ref.ru} направлена в орган, рассматривающий жалобу: ${event.body}. Срок рассмотрения: ${due}.`,
        en: `Your complaint on application ${ref.en} was forwarded to the reviewing body: ${event.body}. Review due: ${due}.`,
      };
  }
}

/** The e-mail subject for a message about a complaint: the application it is about. */
export function complaintSubject(application: About): NotificationText {
  const ref = refOf(application);
  return {
    kk: `Ruqsat: ${ref.kk} өтініш бойынша шағым`,
    ru: `Ruqsat: жалоба по заявлению ${ref.ru}`,
    en: `Ruqsat: complaint on application ${ref.en}`,
  };
}
