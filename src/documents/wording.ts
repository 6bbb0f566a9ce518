/**
 * The documents' fixed wording in Kazakh and Russian: the labels every document prints, the
 * officials' positions, the units of a term. Ruqsat's wording, not the catalog's: the act's own
 * texts come from the catalog (content.ts).
 */
import type { Duration } from '../catalog/schema.ts';
import type { DocumentLang, NamedOfficial } from './content.ts';

/** An official's position in the document's language, as printed under their name. */
export function officialPosition(official: NamedOfficial, lang: DocumentLang): string {
  return positions[lang][official.role] ?? official.role;
}

/** The officials' positions by role, as printed under their names. */
const positions: Record<DocumentLang, Record<string, string>> = {
  kk: {
    head: 'Басшы',
    'unit-head': 'Бөлім басшысы',
    executor: 'Жауапты орындаушы',
    'office-clerk': 'Кеңсе қызметкері',
    commission: 'Комиссия мүшесі',
    'commission-secretary': 'Комиссия хатшысы',
    'state-corporation-operator': 'Мемлекеттік корпорация операторы',
    other: 'Уәкілетті лауазымды тұлға',
  },
  ru: {
    head: 'Руководитель',
    'unit-head': 'Руководитель отдела',
    executor: 'Ответственный исполнитель',
    'office-clerk': 'Сотрудник канцелярии',
    commission: 'Член комиссии',
    'commission-secretary': 'Секретарь комиссии',
    'state-corporation-operator': 'Оператор Государственной корпорации',
    other: 'Уполномоченное должностное лицо',
  },
};

/**
 * "Сейітов Ә. Н." from "Сейітов Әлібек Нұрланұлы": how a signature line and the desk's header
 * name an official. A name that is not a person's full name ("Demo: …", "A. B.") stays whole.
 */
export function shortName(full: string): string {
  const [last, ...rest] = full.trim().split(/\s+/u);
  if (last === undefined || rest.length === 0 || rest.some((p) => /[:.]/u.test(p))) return full.trim();
  return `${last} ${rest.map((p) => `${p.charAt(0)}.`).join(' ')}`;
}

export type Labels = Record<
  | 'license'
  | 'appendix'
  | 'refusal'
  | 'preliminary'
  | 'receipt'
  | 'number'
  | 'holder'
  | 'holderId'
  | 'service'
  | 'provider'
  | 'issuedOn'
  | 'inbound'
  | 'registeredOn'
  | 'plannedOn'
  | 'official'
  | 'decidedOn'
  | 'grounds'
  | 'reasoning'
  | 'appeal'
  | 'objectionDue'
  | 'objection'
  | 'sentOn'
  | 'permit'
  | 'tacit'
  | 'appealText'
  | 'objectionText'
  | 'validity'
  | 'indefinite'
  | 'formSource'
  | 'yes'
  | 'no'
  | 'portal'
  | 'egovPortal'
  | 'elicensePortal'
  | 'duplicate'
  | 'issuedIn'
  | 'arrivedAt'
  | 'calledAt'
  | 'endedAt'
  | 'waitLimit'
  | 'serviceLimit'
  | 'actual'
  | 'minutes'
  | 'over',
  string
>;

/** Every fixed line a document prints, per language. */
export const labels: Record<DocumentLang, Labels> = {
  kk: {
    license: 'ЛИЦЕНЗИЯ',
    appendix: 'ЛИЦЕНЗИЯҒА ҚОСЫМША',
    refusal: 'МЕМЛЕКЕТТІК ҚЫЗМЕТ КӨРСЕТУДЕН ДӘЛЕЛДІ БАС ТАРТУ',
    preliminary: 'ӨТІНІШТІ ҚАРАУ НӘТИЖЕСІ ТУРАЛЫ АЛДЫН АЛА ШЕШІМ',
    receipt: 'ТАЛОН',
    number: '№',
    holder: 'Лицензиат / көрсетілетін қызметті алушы',
    holderId: 'ЖСН / БСН',
    service: 'Мемлекеттік көрсетілетін қызмет',
    provider: 'Көрсетілетін қызметті беруші',
    issuedOn: 'Берілген күні',
    inbound: 'Кіріс №',
    registeredOn: 'Құжаттарды қабылдаған күні',
    plannedOn: 'Мемлекеттік қызмет көрсету күні',
    official: 'Құжатты қабылдаған',
    decidedOn: 'Шешім қабылданған күні',
    grounds: 'Бас тарту негіздері',
    reasoning: 'Дәлелдер',
    appeal: 'Шағымдану тәртібі',
    objectionDue: 'Қарсылық білдіру мерзімі',
    objection: 'Тыңдау',
    sentOn: 'Жіберілген күні',
    permit: 'Лицензия №',
    tacit: 'Үнсіз келісім бойынша берілді',
    appealText:
      'Шешімге, әрекетке (әрекетсіздікке) шағым {within} ішінде беріледі: {where}. Көрсетілетін қызметті беруші шағымды {provider}, сапаны бағалау жөніндегі уәкілетті орган {quality} ішінде қарайды. Келіспеген жағдайда — шағымды қарайтын басқа органға немесе сотқа.',
    objectionText:
      'Алдын ала шешімге қатысты қарсылықты (позицияны) тыңдау үшін {due} дейін ұсыныңыз. Қарсылық берілмесе, өтініш бойынша теріс шешім қабылданады.',
    validity: 'Қолданылу мерзімі',
    indefinite: 'мерзімсіз',
    formSource: 'Нысан',
    yes: 'иә',
    no: 'жоқ',
    portal: '«Электрондық үкімет» веб-порталы (автоматты түрде тіркелді)',
    egovPortal: '«Электрондық үкімет» веб-порталы (www.egov.kz), автоматты түрде тіркелді',
    elicensePortal: '«Е-лицензиялау» веб-порталы (www.elicense.kz), автоматты түрде тіркелді',
    duplicate: 'ТЕЛНҰСҚА',
    issuedIn: 'жылғы',
    arrivedAt: 'Келген уақыты (кезекке тұрған)',
    calledAt: 'Қызмет көрсетудің басталуы',
    endedAt: 'Қызмет көрсетудің аяқталуы',
    waitLimit: 'Күтудің рұқсат берілген ең көп уақыты',
    serviceLimit: 'Қызмет көрсетудің рұқсат етілген ең көп уақыты',
    actual: 'іс жүзінде',
    minutes: 'минут',
    over: 'асып кетті',
  },
  ru: {
    license: 'ЛИЦЕНЗИЯ',
    appendix: 'ПРИЛОЖЕНИЕ К ЛИЦЕНЗИИ',
    refusal: 'МОТИВИРОВАННЫЙ ОТКАЗ В ОКАЗАНИИ ГОСУДАРСТВЕННОЙ УСЛУГИ',
    preliminary: 'ПРЕДВАРИТЕЛЬНОЕ РЕШЕНИЕ ПО РЕЗУЛЬТАТАМ РАССМОТРЕНИЯ ЗАЯВЛЕНИЯ',
    receipt: 'ТАЛОН',
    number: '№',
    holder: 'Лицензиат / услугополучатель',
    holderId: 'ИИН / БИН',
    service: 'Государственная услуга',
    provider: 'Услугодатель',
    issuedOn: 'Дата выдачи',
    inbound: 'Входящий №',
    registeredOn: 'Дата приёма документов',
    plannedOn: 'Дата оказания государственной услуги',
    official: 'Документы принял',
    decidedOn: 'Дата решения',
    grounds: 'Основания отказа',
    reasoning: 'Мотивы',
    appeal: 'Порядок обжалования',
    objectionDue: 'Срок представления возражения',
    objection: 'Заслушивание',
    sentOn: 'Дата направления',
    permit: 'Лицензия №',
    tacit: 'Выдана по принципу «молчание — знак согласия»',
    appealText:
      'Жалоба на решение, действие (бездействие) подаётся в течение {within}: {where}. Услугодатель рассматривает жалобу за {provider}, уполномоченный орган по оценке качества — за {quality}. При несогласии — в другой орган, рассматривающий жалобу, или в суд.',
    objectionText:
      'Представьте возражение (позицию) к предварительному решению для заслушивания до {due}. Без возражения по заявлению будет принято отрицательное решение.',
    validity: 'Срок действия',
    indefinite: 'бессрочная',
    formSource: 'Форма',
    yes: 'да',
    no: 'нет',
    portal: 'Веб-портал «электронного правительства» (зарегистрировано автоматически)',
    egovPortal: 'Веб-портал «электронного правительства» (www.egov.kz), зарегистрировано автоматически',
    elicensePortal: 'Веб-портал «Е-лицензирование» (www.elicense.kz), зарегистрировано автоматически',
    duplicate: 'ДУБЛИКАТ',
    issuedIn: 'года',
    arrivedAt: 'Время прибытия (постановки в очередь)',
    calledAt: 'Начало обслуживания',
    endedAt: 'Окончание обслуживания',
    waitLimit: 'Максимально допустимое время ожидания',
    serviceLimit: 'Максимально допустимое время обслуживания',
    actual: 'фактически',
    minutes: 'мин.',
    over: 'превышено',
  },
};

const units: Record<DocumentLang, Partial<Record<Duration['unit'], string>>> = {
  kk: { working_days: 'жұмыс күні', calendar_days: 'күнтізбелік күн', months: 'ай', hours: 'сағат' },
  ru: { working_days: 'раб. дн.', calendar_days: 'календ. дн.', months: 'мес.', hours: 'ч.' },
};

/** "5 жұмыс күні" / "5 раб. дн."; the catalog's term as written. */
export function termText(d: Duration | null | undefined, lang: DocumentLang): string {
  if (d == null) return '—';
  return `${d.amount} ${units[lang][d.unit] ?? d.unit.replace('_', ' ')}`;
}
