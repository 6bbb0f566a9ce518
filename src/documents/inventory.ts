/**
 * The copy of the inventory (тізімдеме) of seed 004 14-т. 1) and 16-т. 2-бөлік: the list of the
 * documents accepted, with the date they were accepted, the date the service is due, the
 * registration number and the official who received them. After tacit consent it is what proves
 * the licensed activity lawful until the licence itself is received (16-т.), so it says when the
 * licence counts as received. Pure; only for services whose act names it (tacit consent).
 */
import { wallClock } from '../calendar/index.ts';
import { sourceIn, textIn } from '../catalog/local-text.ts';
import type { Service } from '../catalog/schema.ts';
import type { ApplicationState } from '../cases/model.ts';
import type { DocumentContent, DocumentLang } from './content.ts';

const labels = {
  kk: {
    title: 'ТІЗІМДЕМЕНІҢ КӨШІРМЕСІ',
    inbound: 'Өтініштің тіркеу нөмірі',
    accepted: 'Құжаттарды қабылдаған күні',
    due: 'Мемлекеттік қызмет көрсетілетін күні',
    receiver: 'Өтінішті және құжаттарды қабылдаған қызметкер',
    portal: 'портал (автоматты түрде тіркелді)',
    documents: 'Қабылданған құжаттар',
    tacit:
      'Лицензия (лицензияға қосымша) {date} алынған болып есептеледі: ол бес жұмыс күні ішінде берілмеді. Осы тізімдеменің көшірмесі лицензияның өзін алғанға дейін лицензияланатын қызмет түрін жүзеге асырудың заңдылығын растайтын құжат болып табылады ({source}).',
  },
  ru: {
    title: 'КОПИЯ ОПИСИ',
    inbound: 'Регистрационный номер заявления',
    accepted: 'Дата приёма документов',
    due: 'Дата оказания государственной услуги',
    receiver: 'Сотрудник, принявший заявление и документы',
    portal: 'портал (зарегистрировано автоматически)',
    documents: 'Принятые документы',
    tacit:
      'Лицензия (приложение к лицензии) считается полученной {date}: она не выдана в течение пяти рабочих дней. Копия настоящей описи до получения самой лицензии является документом, подтверждающим законность осуществления лицензируемого вида деятельности ({source}).',
  },
} as const;

/** "DD.MM.YYYY HH:MM" in Kazakhstan time (Asia/Almaty, offset of the day), as the mark of acceptance is made. */
function stamp(iso: string): string {
  const { date, time } = wallClock(Date.parse(iso));
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${time}`;
}

/**
 * The inventory of a registered application, or why there is none. `receiver` is the receiving
 * official's name as the document names people (null: the portal registered it); `holder` the
 * applicant's lines as the other documents print them.
 */
export function inventoryContent(
  state: ApplicationState,
  service: Service,
  lang: DocumentLang,
  issuer: string,
  receiver: string | null,
  holder: { label: string; value: string }[],
): { ok: true; content: DocumentContent } | { ok: false; reason: string } {
  const rule = service.tacitConsent;
  if (rule === null || !rule.applies)
    return { ok: false, reason: `the act of ${service.id} names no inventory (тізімдеме)` };
  const r = state.registration;
  if (r === null)
    return { ok: false, reason: `application ${state.id} is not registered (status ${state.status})` };
  const l = labels[lang];
  // The documents the act asks of the applicant for this case and channel (not those the provider fetches itself).
  const documents = service.documents.filter(
    (d) =>
      d.obtainedFrom === null &&
      (d.cases.length === 0 || d.cases.includes(state.caseId)) &&
      (d.channels.length === 0 || d.channels.includes(state.channel)) &&
      (d.applicantTypes.length === 0 || d.applicantTypes.includes(state.applicant.type)),
  );
  const received = state.deemedReceived === true && state.deliveredAt !== null;
  return {
    ok: true,
    content: {
      kind: 'inventory',
      lang,
      issuer,
      title: l.title,
      number: r.inboundNumber,
      fields: [
        { label: l.inbound, value: r.inboundNumber },
        { label: l.accepted, value: stamp(r.receivedAt) },
        { label: l.due, value: state.deadline === null ? '—' : stamp(state.deadline.at) },
        { label: l.receiver, value: receiver ?? l.portal },
        ...holder,
      ],
      paragraphs: [
        { heading: l.documents, text: '' },
        ...documents.map((d, i) => ({
          text: `${i + 1}. ${textIn(d.name, lang)} (${sourceIn(d.source, lang)})`,
        })),
        ...(received
          ? [
              {
                text: l.tacit
                  .replace('{date}', stamp(state.deliveredAt ?? ''))
                  .replace('{source}', rule.source),
              },
            ]
          : []),
      ],
      link: null,
    },
  };
}
