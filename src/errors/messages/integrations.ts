/** The state systems Ruqsat talks to: databases via the e-gov gateway, payments, notifications, monitoring. */
import type { AreaMessages } from './area.ts';

export const integrationsMessages = {
  'integrations.invalid_id': {
    kk: '«{value}» — жарамсыз ЖСН/БСН: 12 цифр болуы және соңғы бақылау цифры сәйкес келуі керек. Нөмірді құжаттан қайта тексеріңіз.',
    ru: '«{value}» — неверный ИИН/БИН: нужно 12 цифр с верной последней контрольной цифрой. Сверьте номер с документом.',
    en: '"{value}" is not a valid IIN/BIN: it needs 12 digits with a matching last check digit. Check it against the document.',
  },
  'integrations.not_an_iin': {
    kk: '«{value}» — БСН, ал мұнда жеке тұлғаның ЖСН-і қажет.',
    ru: '«{value}» — это БИН, а здесь нужен ИИН физического лица.',
    en: '"{value}" is a BIN; an individual’s IIN is needed here.',
  },
  'integrations.not_a_bin': {
    kk: '«{value}» — ЖСН, ал мұнда заңды тұлғаның БСН-і қажет.',
    ru: '«{value}» — это ИИН, а здесь нужен БИН юридического лица.',
    en: '"{value}" is an IIN; a legal entity’s BIN is needed here.',
  },
  'integrations.individuals_unavailable': {
    kk: '«Жеке тұлғалар» МДБ «электрондық үкімет» шлюзі арқылы жауап бермеді. Деректер алынған жоқ: кейінірек қайталаңыз.',
    ru: 'ГБД «Физические лица» не ответила через шлюз «электронного правительства». Данные не получены: повторите позже.',
    en: 'The state database of individuals did not answer through the e-gov gateway. No data was received: try again later.',
  },
  'integrations.legal_entities_unavailable': {
    kk: '«Заңды тұлғалар» МДБ «электрондық үкімет» шлюзі арқылы жауап бермеді. Деректер алынған жоқ: кейінірек қайталаңыз.',
    ru: 'ГБД «Юридические лица» не ответила через шлюз «электронного правительства». Данные не получены: повторите позже.',
    en: 'The state database of legal entities did not answer through the e-gov gateway. No data was received: try again later.',
  },
  'integrations.criminal_records_unavailable': {
    kk: 'Соттылық туралы мәліметтер жүйесі (ҚСжАЕАК) жауап бермеді. Деректер алынған жоқ: кейінірек қайталаңыз.',
    ru: 'Система сведений о судимости (КПСиСУ) не ответила. Данные не получены: повторите позже.',
    en: 'The criminal records system (Committee on Legal Statistics) did not answer. No data was received: try again later.',
  },
  'integrations.tax_unavailable': {
    kk: 'Мемлекеттік кірістер органдарының жүйесі жауап бермеді. Салықтық тіркеу туралы деректер алынған жоқ: кейінірек қайталаңыз.',
    ru: 'Система органов государственных доходов не ответила. Данные о налоговой регистрации не получены: повторите позже.',
    en: 'The state revenue system did not answer. No tax registration data was received: try again later.',
  },
  'payment.invalid_request': {
    kk: 'Шот жазу үшін «{field}» өрісін толтырыңыз.',
    ru: 'Для выставления счёта заполните поле «{field}».',
    en: 'Fill in "{field}" to issue an invoice.',
  },
  'payment.zero_amount': {
    kk: 'Төлейтін сома жоқ ({mci} АЕК = 0 теңге): ақысыз қызметке шот жазылмайды.',
    ru: 'Нечего оплачивать ({mci} МРП = 0 тенге): счёт на бесплатную услугу не выставляется.',
    en: 'Nothing to pay ({mci} MCI = 0 tenge): no invoice is issued for a free service.',
  },
  'payment.bad_signature': {
    kk: 'Төлем туралы хабарламаның қолтаңбасы сәйкес келмейді: хабарлама қабылданбады.',
    ru: 'Подпись уведомления об оплате не совпадает: уведомление отклонено.',
    en: 'The payment callback’s signature does not match: the callback was refused.',
  },
  'payment.malformed_callback': {
    kk: 'Төлем туралы хабарлама қате: «{field}» өрісі жоқ немесе жарамсыз.',
    ru: 'Уведомление об оплате некорректно: поле «{field}» отсутствует или неверно.',
    en: 'The payment callback is malformed: field "{field}" is missing or invalid.',
  },
  'payment.unknown_invoice': {
    kk: '{invoiceId} шоты табылмады. Төлем туралы хабарламадағы шот нөмірін тексеріңіз.',
    ru: 'Счёт {invoiceId} не найден. Проверьте номер счёта в уведомлении об оплате.',
    en: 'No invoice {invoiceId}. Check the invoice number in the payment callback.',
  },
  'payment.amount_mismatch': {
    kk: '{invoiceId} шоты бойынша {paid} теңге төленген, ал шот сомасы {expected} теңге. Төлем қабылданбады: ЭҮТШ операторымен салыстырып тексеріңіз.',
    ru: 'По счёту {invoiceId} оплачено {paid} тенге при сумме счёта {expected} тенге. Оплата не принята: сверьте её с оператором платёжного шлюза.',
    en: 'Invoice {invoiceId} was paid {paid} tenge but is for {expected} tenge. The payment was not accepted: reconcile it with the payment gateway operator.',
  },
  'payment.replayed': {
    kk: '{transactionId} транзакциясы бұрын өңделген: қайталанған хабарлама ештеңені өзгертпейді.',
    ru: 'Транзакция {transactionId} уже обработана: повторное уведомление ничего не меняет.',
    en: 'Transaction {transactionId} was already processed: the repeated callback changes nothing.',
  },
  'payment.already_paid': {
    kk: '{invoiceId} шоты {transactionId} транзакциясымен бұрын төленген. Артық төлемді қайтару үшін ЭҮТШ операторына хабарласыңыз.',
    ru: 'Счёт {invoiceId} уже оплачен транзакцией {transactionId}. Для возврата лишнего платежа обратитесь к оператору платёжного шлюза.',
    en: 'Invoice {invoiceId} was already paid by transaction {transactionId}. Contact the payment gateway operator to refund the extra payment.',
  },
  'notifications.invalid_message': {
    kk: 'Хабарлама жіберілмеді: «{field}» өрісі жоқ немесе қате (мәтін қазақ, орыс және ағылшын тілдерінде болуы керек).',
    ru: 'Уведомление не отправлено: поле «{field}» отсутствует или неверно (текст нужен на казахском, русском и английском).',
    en: 'The notification was not sent: field "{field}" is missing or invalid (the text is needed in Kazakh, Russian and English).',
  },
  'monitoring.invalid_stage': {
    kk: 'Саты туралы деректер қате: «{field}» өрісі жоқ немесе басқа өрістерге сәйкес келмейді.',
    ru: 'Данные об этапе неверны: поле «{field}» отсутствует или не согласуется с другими.',
    en: 'The stage data is invalid: field "{field}" is missing or inconsistent with the others.',
  },
  'monitoring.unavailable': {
    kk: 'Мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесі жауап бермеді. Саты туралы деректерді кейінірек қайта жіберіңіз.',
    ru: 'Информационная система мониторинга оказания государственных услуг не ответила. Отправьте данные об этапе позже.',
    en: 'The state services monitoring system did not answer. Send the stage data again later.',
  },
} satisfies AreaMessages<'integrations' | 'payment' | 'notifications' | 'monitoring'>;
