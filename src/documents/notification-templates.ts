/**
 * The notification text for each status of an application, in kk/ru/en, for the notifier port
 * (src/integrations/notifications.ts). Pure; `platform.ts` may use it in place of its one-line
 * status text.
 */
import type { ApplicationState, Status } from '../cases/model.ts';
import { formatDate } from './content.ts';

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
    case 'registered':
      return {
        kk: `№ ${n} өтініш тіркелді. Нәтиже мерзімі: ${due}.`,
        ru: `Заявление № ${n} зарегистрировано. Срок результата: ${due}.`,
        en: `Application ${n} was registered. Result due: ${due}.`,
      };
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
