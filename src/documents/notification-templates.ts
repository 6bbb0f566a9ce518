/**
 * The notification text for each status of an application, in kk/ru/en, for the notifier port
 * (src/integrations/notifications.ts). Pure; `platform.ts` may use it in place of its one-line
 * status text.
 */
import type { ApplicationState, Status } from '../cases/model.ts';
import { formatDate, formatDateTime } from './content.ts';

export interface NotificationText {
  kk: string;
  ru: string;
  en: string;
}

/** The text of the notification sent when the application reaches its current status. */
export function statusNotification(state: ApplicationState): NotificationText {
  const n = state.registration?.inboundNumber ?? state.id;
  const status: Status = state.status;
  const due = formatDate(state.deadline?.at);
  switch (status) {
    case 'draft':
      return {
        kk: `№ ${n} өтініштің жобасы сақталды.`,
        ru: `Черновик заявления № ${n} сохранён.`,
        en: `Draft application ${n} saved.`,
      };
    case 'submitted':
      return {
        kk: `№ ${n} өтініш жіберілді, тіркеуді күтуде.`,
        ru: `Заявление № ${n} отправлено и ожидает регистрации.`,
        en: `Application ${n} was sent and awaits registration.`,
      };
    case 'registered': {
      // The portal's acknowledgement names the date and time the result is due (seed 004 14-т. 2)).
      const at = formatDateTime(state.deadline?.at);
      return {
        kk: `№ ${n} өтініш тіркелді. Нәтижені алу күні мен уақыты: ${at}.`,
        ru: `Заявление № ${n} зарегистрировано. Дата и время получения результата: ${at}.`,
        en: `Application ${n} was registered. Result due: ${at}.`,
      };
    }
    case 'in-review':
      return {
        kk: `№ ${n} өтініш қаралуда. Нәтиже мерзімі: ${due}.`,
        ru: `Заявление № ${n} на рассмотрении. Срок результата: ${due}.`,
        en: `Application ${n} is under review. Result due: ${due}.`,
      };
    case 'approved':
      return {
        kk: `№ ${n} өтініш бойынша оң шешім қабылданды.`,
        ru: `По заявлению № ${n} принято положительное решение.`,
        en: `Application ${n} was approved.`,
      };
    case 'refused':
      return {
        kk: `№ ${n} өтініш бойынша дәлелді бас тарту берілді. Оған шағымдануға болады.`,
        ru: `По заявлению № ${n} выдан мотивированный отказ. Его можно обжаловать.`,
        en: `Application ${n} was refused with reasons. The refusal can be appealed.`,
      };
    case 'signed':
      return {
        kk: `№ ${n} өтініштің нәтижесіне ЭЦҚ-мен қол қойылды.`,
        ru: `Результат по заявлению № ${n} подписан ЭЦП.`,
        en: `The result of application ${n} was signed with an EDS.`,
      };
    case 'issued':
      return {
        kk: `№ ${n} өтініш бойынша рұқсат берілді: № ${state.issued?.permitNumber ?? '—'}.`,
        ru: `По заявлению № ${n} выдано разрешение № ${state.issued?.permitNumber ?? '—'}.`,
        en: `Permit ${state.issued?.permitNumber ?? '—'} was issued on application ${n}.`,
      };
    case 'delivered':
      return {
        kk: `№ ${n} өтініштің нәтижесі жеке кабинетке жіберілді.`,
        ru: `Результат по заявлению № ${n} направлен в личный кабинет.`,
        en: `The result of application ${n} was sent to your personal cabinet.`,
      };
    case 'withdrawn':
      return {
        kk: `№ ${n} өтініш кері қайтарылды.`,
        ru: `Заявление № ${n} отозвано.`,
        en: `Application ${n} was withdrawn.`,
      };
  }
}

/** The e-mail subject for any message about an application. */
export function applicationSubject(state: Pick<ApplicationState, 'id' | 'registration'>): NotificationText {
  const n = state.registration?.inboundNumber ?? state.id;
  return {
    kk: `Ruqsat: № ${n} өтініш`,
    ru: `Ruqsat: заявление № ${n}`,
    en: `Ruqsat: application ${n}`,
  };
}

/** The deadline events an applicant is told of (besides the status changes). */
export const DEADLINE_EVENTS = [
  'clock-paused',
  'clock-resumed',
  'preliminary-decision-sent',
  'overdue-flagged',
] as const;
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

/**
 * The text of a deadline event: the clock stopped for documents, the clock running again with
 * the new result date, the objection deadline of a preliminary decision, the result date passed.
 * Null for an event the applicant is not told of (a step's own deadline is the officials' matter).
 */
export function deadlineNotification(
  state: ApplicationState,
  event: { type: string; what?: string; documents?: string[] },
): NotificationText | null {
  const n = state.registration?.inboundNumber ?? state.id;
  const due = formatDate(state.deadline?.at);
  switch (event.type) {
    case 'clock-paused': {
      const docs = (event.documents ?? []).join(', ') || '—';
      return {
        kk: `№ ${n} өтініш бойынша құжаттар сұралды: ${docs}. Құжаттар берілгенге дейін мерзім тоқтатылды.`,
        ru: `По заявлению № ${n} запрошены документы: ${docs}. Срок приостановлен до их представления.`,
        en: `Documents were requested on application ${n}: ${docs}. The deadline is paused until you provide them.`,
      };
    }
    case 'clock-resumed':
      return {
        kk: `№ ${n} өтініш бойынша мерзім қайта басталды. Нәтиже мерзімі: ${due}.`,
        ru: `Срок по заявлению № ${n} возобновлён. Срок результата: ${due}.`,
        en: `The deadline of application ${n} runs again. Result due: ${due}.`,
      };
    case 'preliminary-decision-sent': {
      const by = formatDate(state.preliminaryDecision?.objectionDue?.at);
      return {
        kk: `№ ${n} өтініш бойынша алдын ала шешім жіберілді. Қарсылықты ${by} дейін беруге болады.`,
        ru: `По заявлению № ${n} направлено предварительное решение. Возражение можно подать до ${by}.`,
        en: `A preliminary decision was sent on application ${n}. You may object until ${by}.`,
      };
    }
    case 'overdue-flagged':
      if (event.what !== 'overall') return null;
      return {
        kk: `№ ${n} өтініштің нәтиже мерзімі (${due}) өтті. Шағым беруге құқыңыз бар.`,
        ru: `Срок результата по заявлению № ${n} (${due}) истёк. Вы вправе подать жалобу.`,
        en: `The result date of application ${n} (${due}) has passed. You may file a complaint.`,
      };
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
  complaint: { id: string; reviewDue: string },
  event:
    | { type: 'complaint-filed' }
    | { type: 'review-extended'; reason: string }
    | {
        type: 'complaint-decided';
        outcome: 'satisfied' | 'partly-satisfied' | 'rejected';
        forwardDue: string | null;
      }
    | { type: 'complaint-forwarded'; body: string },
): NotificationText {
  const c = complaint.id;
  const due = complaint.reviewDue.split('-').reverse().join('.');
  switch (event.type) {
    case 'complaint-filed':
      return {
        kk: `№ ${c} шағым тіркелді. Қарау мерзімі: ${due}.`,
        ru: `Жалоба № ${c} зарегистрирована. Срок рассмотрения: ${due}.`,
        en: `Complaint ${c} was registered. Review due: ${due}.`,
      };
    case 'review-extended':
      return {
        kk: `№ ${c} шағымды қарау мерзімі ${due} дейін ұзартылды. Себебі: ${event.reason}.`,
        ru: `Срок рассмотрения жалобы № ${c} продлён до ${due}. Причина: ${event.reason}.`,
        en: `The review of complaint ${c} was extended to ${due}. Reason: ${event.reason}.`,
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
        kk: `№ ${c} шағым ${o.kk}.${next.kk}`,
        ru: `Жалоба № ${c} ${o.ru}.${next.ru}`,
        en: `Complaint ${c} was ${o.en}.${next.en}`,
      };
    }
    case 'complaint-forwarded':
      return {
        kk: `№ ${c} шағым қарайтын органға жіберілді: ${event.body}. Қарау мерзімі: ${due}.`,
        ru: `Жалоба № ${c} направлена в орган, рассматривающий жалобу: ${event.body}. Срок рассмотрения: ${due}.`,
        en: `Complaint ${c} was forwarded to the reviewing body: ${event.body}. Review due: ${due}.`,
      };
  }
}

/** The e-mail subject for a message about a complaint. */
export function complaintSubject(id: string): NotificationText {
  return { kk: `Ruqsat: № ${id} шағым`, ru: `Ruqsat: жалоба № ${id}`, en: `Ruqsat: complaint ${id}` };
}
