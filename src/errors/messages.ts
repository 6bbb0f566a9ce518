/**
 * User-facing error texts in Kazakh, Russian and English, keyed by the stable error code.
 * `{name}` is filled from the error's params.
 */
export type Lang = 'kk' | 'ru' | 'en';
export const langs: readonly Lang[] = ['kk', 'ru', 'en'];

type Messages = Record<string, Record<Lang, string>>;

export const userMessages = {
  'calendar.invalid_date': {
    kk: '«{value}» — жарамсыз күн. Пішімі: ЖЖЖЖ-АА-КК, мысалы 2025-03-21.',
    ru: '«{value}» — неверная дата. Формат: ГГГГ-ММ-ДД, например 2025-03-21.',
    en: '"{value}" is not a valid date. Use YYYY-MM-DD, e.g. 2025-03-21.',
  },
  'calendar.out_of_range': {
    kk: '{year} жылға күнтізбе деректері жоқ (бар жылдар: {from}–{to}). src/calendar/data/{year}.json файлын Үкімет қаулысымен ауыстырылған күндерімен қосыңыз.',
    ru: 'Нет данных календаря на {year} год (есть: {from}–{to}). Добавьте src/calendar/data/{year}.json с переносами дней по постановлению Правительства.',
    en: 'No calendar data for {year} (available: {from}–{to}). Add src/calendar/data/{year}.json with the days moved by that year’s Government decree.',
  },
  'calendar.invalid_amount': {
    kk: '«{value}» — бүтін сан емес.',
    ru: '«{value}» — не целое число.',
    en: '"{value}" is not a whole number.',
  },
  'calendar.invalid_schedule': {
    kk: 'Жұмыс кестесі қате: {reason}.',
    ru: 'Ошибка в графике работы: {reason}.',
    en: 'Invalid office schedule: {reason}.',
  },
  'calendar.invalid_instant': {
    kk: '«{value}» — жарамсыз уақыт сәті. Пішімі: 2025-03-21T10:30 (Астана уақыты) немесе уақыт белдеуімен.',
    ru: '«{value}» — неверный момент времени. Формат: 2025-03-21T10:30 (время Астаны) или со смещением.',
    en: '"{value}" is not a valid instant. Use 2025-03-21T10:30 (Astana time) or give an offset.',
  },
  'money.no_mci': {
    kk: '{date} күнге АЕК мәні белгісіз: src/money/data/mci.json файлына сол жылғы республикалық бюджет туралы заңнан мәнді қосыңыз.',
    ru: 'Значение МРП на {date} неизвестно: добавьте его в src/money/data/mci.json из закона о республиканском бюджете на этот год.',
    en: 'No MCI value known for {date}: add it to src/money/data/mci.json from that year’s republican budget law.',
  },
  'money.invalid_amount': {
    kk: '«{value}» — АЕК саны ретінде жарамсыз.',
    ru: '«{value}» — недопустимое количество МРП.',
    en: '"{value}" is not a valid number of MCI.',
  },
  'catalog.invalid_file': {
    kk: '{file}: {path} — {problem}',
    ru: '{file}: {path} — {problem}',
    en: '{file}: {path} — {problem}',
  },
  'catalog.unknown_service': {
    kk: '«{id}» қызметі каталогта жоқ. Тізімді көру: ruqsat catalog list',
    ru: 'Услуги «{id}» нет в каталоге. Список: ruqsat catalog list',
    en: 'No service "{id}" in the catalog. See the list: ruqsat catalog list',
  },
  'catalog.no_version_on_date': {
    kk: '«{id}» қызметінің {date} күні қолданыста болған нұсқасы жоқ (нұсқалар: {versions}).',
    ru: 'У услуги «{id}» нет версии, действующей на {date} (версии: {versions}).',
    en: 'Service "{id}" has no version in force on {date} (versions: {versions}).',
  },
  'catalog.unknown_case': {
    kk: '«{id}» қызметінде «{case}» жағдайы жоқ (бар: {cases}).',
    ru: 'У услуги «{id}» нет случая «{case}» (есть: {cases}).',
    en: 'Service "{id}" has no case "{case}" (it has: {cases}).',
  },
  'store.conflict': {
    kk: '«{id}» өтінішін басқа біреу дәл қазір өзгертті. Жаңартып, әрекетті қайталаңыз.',
    ru: 'Заявление «{id}» только что изменил кто-то другой. Обновите и повторите действие.',
    en: 'Application "{id}" was just changed by someone else. Reload it and try again.',
  },
  'store.migration_changed': {
    kk: '{name} миграциясы дерекқорға қолданылғаннан кейін өзгертілген. Файлды қалпына келтіріп, өзгерісті жаңа миграция файлымен қосыңыз (немесе бұл дерекқорды жаңасымен ауыстырыңыз).',
    ru: 'Миграция {name} изменена после того, как была применена к базе. Верните файл и внесите изменение новым файлом миграции (или используйте новую базу).',
    en: 'Migration {name} was edited after it was applied to this database. Restore the file and add the change as a new migration (or start from a fresh database).',
  },
  'store.locked': {
    kk: '«{dir}» деректер қалтасын басқа Ruqsat процесі пайдаланып отыр. Оны тоқтатыңыз немесе басқа --data-dir көрсетіңіз.',
    ru: 'Папку данных «{dir}» использует другой процесс Ruqsat. Остановите его или укажите другой --data-dir.',
    en: 'The data folder "{dir}" is held by another Ruqsat process. Stop it or choose another --data-dir.',
  },
  'store.unavailable': {
    kk: 'Дерекқорға қосылу мүмкін емес ({reason}). DATABASE_URL параметрін тексеріңіз.',
    ru: 'Нет подключения к базе данных ({reason}). Проверьте DATABASE_URL.',
    en: 'Cannot reach the database ({reason}). Check DATABASE_URL.',
  },
  'store.embedded_unavailable': {
    kk: 'Кіріктірілген PostgreSQL іске қосылмады: {reason}.',
    ru: 'Встроенный PostgreSQL не запустился: {reason}.',
    en: 'The embedded PostgreSQL did not start: {reason}.',
  },
  'cases.not_found': {
    kk: '«{id}» өтініші табылмады.',
    ru: 'Заявление «{id}» не найдено.',
    en: 'Application "{id}" was not found.',
  },
  'cases.already_exists': {
    kk: '«{id}» өтініші бұрыннан бар.',
    ru: 'Заявление «{id}» уже существует.',
    en: 'Application "{id}" already exists.',
  },
  'cases.wrong_status': {
    kk: 'Өтініш «{status}» күйінде тұрғанда «{command}» әрекетін орындау мүмкін емес.',
    ru: 'Действие «{command}» невозможно, пока заявление в статусе «{status}».',
    en: '"{command}" cannot be done while the application is "{status}".',
  },
  'cases.forbidden_role': {
    kk: 'Бұл әрекетті «{role}» рөлі орындай алмайды; актіде көрсетілген рөл: {expected}.',
    ru: 'Это действие не может выполнить роль «{role}»; по акту его выполняет: {expected}.',
    en: 'The role "{role}" may not do this; the act names: {expected}.',
  },
  'cases.not_applicant': {
    kk: 'Бұл әрекетті тек өтініш беруші жасай алады.',
    ru: 'Это действие может выполнить только заявитель.',
    en: 'Only the applicant may do this.',
  },
  'cases.wrong_provider': {
    kk: 'Бұл өтініш сіздің ұйымыңызға жатпайды.',
    ru: 'Это заявление не относится к вашей организации.',
    en: 'This application belongs to another provider.',
  },
  'cases.not_current_step': {
    kk: '«{step}» қадамы қазір орындалмайды; ағымдағы қадам: {current}.',
    ru: 'Шаг «{step}» сейчас не выполняется; текущий шаг: {current}.',
    en: 'Step "{step}" is not the current step; the current step is {current}.',
  },
  'cases.unknown_branch': {
    kk: '«{step}» қадамында «{branch}» тармағы жоқ.',
    ru: 'У шага «{step}» нет ветви «{branch}».',
    en: 'Step "{step}" has no branch "{branch}".',
  },
  'cases.unknown_ground': {
    kk: '«{ground}» бас тарту негізі бұл қызметте жоқ.',
    ru: 'Основания отказа «{ground}» нет у этой услуги.',
    en: 'This service has no refusal ground "{ground}".',
  },
  'cases.ground_kind': {
    kk: '«{ground}» негізі бұл шешімге жарамайды: {reason}.',
    ru: 'Основание «{ground}» не подходит для этого решения: {reason}.',
    en: 'Ground "{ground}" does not fit this decision: {reason}.',
  },
  'cases.completeness_window_passed': {
    kk: 'Құжаттардың толықтығын тексеру мерзімі {due} өтті: толық емес деп бас тартуға болмайды.',
    ru: 'Срок проверки полноты документов истёк {due}: отказ по неполноте невозможен.',
    en: 'The completeness check window ended at {due}: refusing for incompleteness is no longer possible.',
  },
  'cases.hearing_required': {
    kk: 'Бас тартпас бұрын алдын ала шешім жіберіліп, тыңдау өткізілуі тиіс.',
    ru: 'Перед отказом нужно направить предварительное решение и провести заслушивание.',
    en: 'A refusal needs a preliminary decision and a hearing first.',
  },
  'cases.preliminary_too_late': {
    kk: 'Алдын ала шешім мерзім аяқталғанға дейін кемінде {days} жұмыс күні бұрын, яғни {latest} қоса алғанда жіберілуі тиіс еді.',
    ru: 'Предварительное решение нужно было направить не позднее чем за {days} рабочих дня до срока, то есть до {latest} включительно.',
    en: 'The preliminary decision had to be sent at least {days} working days before the deadline, i.e. by {latest}.',
  },
  'cases.objection_window_open': {
    kk: 'Қарсылық білдіру мерзімі {until} дейін ашық; тыңдау өткізілмеді.',
    ru: 'Срок для возражения открыт до {until}; заслушивание не проведено.',
    en: 'The objection window is open until {until} and no hearing was held.',
  },
  'cases.before_registration': {
    kk: 'Өтініш {registeredAt} бастап тіркелген болып есептеледі; оған дейін ешбір қадам, шешім, қол қою немесе беру жасалмайды.',
    ru: 'Заявление считается зарегистрированным с {registeredAt}; до этого никакие шаги, решения, подписание и выдача невозможны.',
    en: 'The application counts as registered from {registeredAt}; no step, decision, signature or issue can happen before then.',
  },
  'cases.objection_window_closed': {
    kk: 'Қарсылық білдіру мерзімі {until} аяқталды.',
    ru: 'Срок для возражения истёк {until}.',
    en: 'The objection window closed at {until}.',
  },
  'cases.ground_not_in_preliminary': {
    kk: '«{ground}» негізі алдын ала шешімде көрсетілмеген.',
    ru: 'Основание «{ground}» не было указано в предварительном решении.',
    en: 'Ground "{ground}" was not in the preliminary decision.',
  },
  'cases.payment_required': {
    kk: 'Алым төленбеген: {amount} теңге.',
    ru: 'Сбор не оплачен: {amount} тенге.',
    en: 'The fee is not paid: {amount} tenge.',
  },
  'cases.payment_amount': {
    kk: 'Төлем сомасы {got} теңге, ал алым {expected} теңге.',
    ru: 'Сумма платежа {got} тенге, а сбор {expected} тенге.',
    en: 'The payment is {got} tenge but the fee is {expected} tenge.',
  },
  'cases.channel_not_offered': {
    kk: 'Бұл қызмет «{channel}» арқылы көрсетілмейді (бар арналар: {channels}).',
    ru: 'Эта услуга не оказывается через «{channel}» (каналы: {channels}).',
    en: 'This service is not offered through "{channel}" (channels: {channels}).',
  },
  'cases.applicant_type_not_allowed': {
    kk: 'Бұл қызметті «{type}» ала алмайды.',
    ru: 'Эту услугу не может получить «{type}».',
    en: 'Applicants of type "{type}" cannot receive this service.',
  },
  'cases.permit_required': {
    kk: 'Бұл жағдай қолданыстағы рұқсатқа қатысты: рұқсат нөмірін көрсетіңіз.',
    ru: 'Этот случай относится к действующему разрешению: укажите его номер.',
    en: 'This case acts on an existing permit: give its number.',
  },
  'cases.permit_not_usable': {
    kk: '«{number}» рұқсатын пайдалану мүмкін емес: {reason}.',
    ru: 'Разрешение «{number}» нельзя использовать: {reason}.',
    en: 'Permit "{number}" cannot be used: {reason}.',
  },
  'cases.not_ready': {
    kk: 'Әлі мүмкін емес: {reason}.',
    ru: 'Пока невозможно: {reason}.',
    en: 'Not possible yet: {reason}.',
  },
  'cases.invalid_input': {
    kk: 'Деректер қате: {reason}.',
    ru: 'Неверные данные: {reason}.',
    en: 'Invalid input: {reason}.',
  },
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
  'registry.invalid_number': {
    kk: '«{value}» — рұқсат нөмірі емес немесе қате терілген. Пішімі: KZ, 2 бақылау цифры, қызметтің 3 латын әрпі, жылдың 2 цифры, 6 цифрлық реттік нөмір (мысалы, {example}). Нөмірді құжаттан қайта тексеріңіз.',
    ru: '«{value}» — не номер разрешения или набран с ошибкой. Формат: KZ, 2 контрольные цифры, 3 латинские буквы услуги, 2 цифры года, 6-значный порядковый номер (например, {example}). Сверьте номер с документом.',
    en: '"{value}" is not a permit number, or it was mistyped. Format: KZ, 2 check digits, a 3-letter service code, 2-digit year, 6-digit sequence (e.g. {example}). Check it against the document.',
  },
  'registry.invalid_holder': {
    kk: 'Рұқсат иесі «{value}» жарамды ЖСН/БСН емес. 12 цифрды құжатпен салыстырып тексеріңіз.',
    ru: 'Владелец разрешения «{value}» — не действительный ИИН/БИН. Сверьте 12 цифр с документом.',
    en: 'Permit holder "{value}" is not a valid IIN/BIN. Check the 12 digits against the document.',
  },
  'registry.invalid_command': {
    kk: '«{field}» өрісі толтырылмаған немесе қате. Оны толтырып, әрекетті қайталаңыз.',
    ru: 'Поле «{field}» не заполнено или заполнено неверно. Заполните его и повторите действие.',
    en: 'The field "{field}" is missing or invalid. Fill it in and try again.',
  },
  'registry.permit_terminated': {
    kk: '{number} рұқсатының қолданысы {date} тоқтатылған: оған енді өзгеріс енгізілмейді. Жаңа рұқсат алу үшін жаңа өтініш беріңіз.',
    ru: 'Действие разрешения {number} прекращено {date}: изменить его уже нельзя. Для нового разрешения подайте новое заявление.',
    en: 'Permit {number} was terminated on {date}: it can no longer change. Apply for a new permit instead.',
  },
  'registry.permit_superseded': {
    kk: '{number} рұқсаты қайта ресімделген, қазіргі нөмірі — {newNumber}. Әрекетті жаңа нөмір бойынша жасаңыз.',
    ru: 'Разрешение {number} переоформлено, действующий номер — {newNumber}. Выполните действие по новому номеру.',
    en: 'Permit {number} was reissued as {newNumber}. Act on the new number.',
  },
  'registry.permit_suspended': {
    kk: '{number} рұқсатының қолданысы {until} дейін тоқтатыла тұрған. Алдымен оны қайта қалпына келтіріңіз.',
    ru: 'Действие разрешения {number} приостановлено до {until}. Сначала возобновите его.',
    en: 'Permit {number} is suspended until {until}. Resume it first.',
  },
  'registry.already_suspended': {
    kk: '{number} рұқсатының қолданысы {until} дейін әлдеқашан тоқтатыла тұрған.',
    ru: 'Действие разрешения {number} уже приостановлено до {until}.',
    en: 'Permit {number} is already suspended until {until}.',
  },
  'registry.not_suspended': {
    kk: '{number} рұқсатының қолданысы тоқтатыла тұрмаған: қайта қалпына келтіретін ештеңе жоқ.',
    ru: 'Действие разрешения {number} не приостановлено: возобновлять нечего.',
    en: 'Permit {number} is not suspended: there is nothing to resume.',
  },
  'registry.suspension_not_future': {
    kk: 'Тоқтата тұру мерзімінің соңғы күні ({until}) бүгіннен кейін болуы керек.',
    ru: 'Последний день приостановления ({until}) должен быть позже сегодняшнего.',
    en: 'The last day of the suspension ({until}) must be after today.',
  },
  'registry.same_number': {
    kk: 'Қайта ресімдеу үшін {number} нөмірінен өзге жаңа нөмір қажет.',
    ru: 'Для переоформления нужен новый номер, отличный от {number}.',
    en: 'A reissue needs a new number other than {number}.',
  },
  'registry.appendix_exists': {
    kk: '«{subtype}» кіші түріне қолданыстағы {appendix} қосымшасы бар.',
    ru: 'На подвид «{subtype}» уже есть действующее приложение {appendix}.',
    en: 'Appendix {appendix} already covers "{subtype}".',
  },
  'registry.unknown_appendix': {
    kk: '{number} рұқсатында {appendix} қосымшасы жоқ.',
    ru: 'У разрешения {number} нет приложения {appendix}.',
    en: 'Permit {number} has no appendix {appendix}.',
  },
  'registry.appendix_not_active': {
    kk: '{appendix} қосымшасы қолданыста емес.',
    ru: 'Приложение {appendix} не действует.',
    en: 'Appendix {appendix} is not in force.',
  },
  'cases.signature_invalid': {
    kk: 'Өтініштегі ЭЦҚ тексеруден өтпеді ({code}): {reason}. Өтініш жіберілмеді.',
    ru: 'ЭЦП на заявлении не прошла проверку ({code}): {reason}. Заявление не отправлено.',
    en: 'The EDS on the application failed verification ({code}): {reason}. The application was not submitted.',
  },
  'cases.signature_required': {
    kk: 'Порталдағы өтініш ЭЦҚ-мен куәландырылуы тиіс.',
    ru: 'Заявление на портале должно быть удостоверено ЭЦП.',
    en: 'An application on the portal must be certified with an EDS.',
  },
  'cli.usage': {
    kk: '{detail}. Анықтама: ruqsat --help',
    ru: '{detail}. Справка: ruqsat --help',
    en: '{detail}. See ruqsat --help',
  },
  'signature.malformed': {
    kk: 'Қолтаңбаны оқу мүмкін емес: {reason}. CMS (DER немесе base64) не XML-DSig файлын беріңіз.',
    ru: 'Не удалось прочитать подпись: {reason}. Передайте CMS (DER или base64) или XML-DSig.',
    en: 'The signature cannot be read: {reason}. Give a CMS file (DER or base64) or XML-DSig.',
  },
  'signature.unsupported_algorithm': {
    kk: '{algorithm} алгоритмі қолдау көрсетілмейді (RSA, ECDSA, ГОСТ 34.310-2004 немесе ГОСТ 34.10-2015 (512 бит) кілтімен қол қойыңыз).',
    ru: 'Алгоритм {algorithm} не поддерживается (подпишите ключом RSA, ECDSA, ГОСТ 34.310-2004 или ГОСТ 34.10-2015 (512 бит)).',
    en: 'Algorithm {algorithm} is not supported (sign with an RSA, ECDSA, GOST 34.310-2004 or GOST 34.10-2015 (512-bit) key).',
  },
  'signature.timestamp_invalid': {
    kk: 'Қолтаңбадағы уақыт белгісі (TSP) расталмады: {reason}.',
    ru: 'Штамп времени (TSP) в подписи не прошёл проверку: {reason}.',
    en: 'The time-stamp (TSP) in the signature failed verification: {reason}.',
  },
  'signature.partial_reference': {
    kk: 'XML қолтаңбасы құжаттың бір бөлігін ғана қамтиды (Reference URI="{reference}"): қол қойылмаған бөлігі өзгертілуі мүмкін. Бүкіл құжатқа қол қойыңыз (URI="").',
    ru: 'XML-подпись покрывает только часть документа (Reference URI="{reference}"): неподписанную часть можно изменить. Подпишите весь документ (URI="").',
    en: 'The XML signature covers only part of the document (Reference URI="{reference}"): the unsigned part could be changed. Sign the whole document (URI="").',
  },
  'signature.content_missing': {
    kk: 'Қолтаңба бөлек (detached): қол қойылған құжатты да беріңіз (--content).',
    ru: 'Подпись отделённая (detached): передайте и подписанный документ (--content).',
    en: 'The signature is detached: give the signed document as well (--content).',
  },
  'signature.content_mismatch': {
    kk: 'Құжат қол қойылғаннан кейін өзгертілген: хэші қолтаңбадағымен сәйкес емес.',
    ru: 'Документ изменён после подписания: его хэш не совпадает с подписанным.',
    en: 'The document was changed after signing: its digest differs from the signed one.',
  },
  'signature.content_substituted': {
    kk: 'Қол қойылған мазмұн жіберіліп отырған өтініш емес. Дәл осы өтінішке қол қойыңыз.',
    ru: 'Подписано не то заявление, что отправляется. Подпишите именно это заявление.',
    en: 'What was signed is not the application being submitted. Sign this application itself.',
  },
  'signature.invalid_signature': {
    kk: 'Қолтаңба мәні сертификаттың кілтімен расталмайды.',
    ru: 'Значение подписи не подтверждается ключом сертификата.',
    en: 'The signature value does not verify with the certificate’s key.',
  },
  'signature.untrusted_chain': {
    kk: '«{subject}» сертификатын сенімді куәландырушы орталыққа дейін тізбектеу мүмкін емес ({reason}).',
    ru: 'Сертификат «{subject}» не выстраивается до доверенного удостоверяющего центра ({reason}).',
    en: 'Certificate "{subject}" does not chain to a trusted certification authority ({reason}).',
  },
  'signature.cert_expired': {
    kk: '«{subject}» сертификатының мерзімі {notAfter} аяқталған (қол қойылған уақыт: {at}).',
    ru: 'Срок сертификата «{subject}» истёк {notAfter} (время подписания: {at}).',
    en: 'Certificate "{subject}" expired on {notAfter} (signing time: {at}).',
  },
  'signature.cert_not_yet_valid': {
    kk: '«{subject}» сертификаты {notBefore} бастап қолданылады (қол қойылған уақыт: {at}).',
    ru: 'Сертификат «{subject}» действует только с {notBefore} (время подписания: {at}).',
    en: 'Certificate "{subject}" is valid only from {notBefore} (signing time: {at}).',
  },
  'signature.signing_time_future': {
    kk: 'Қол қойылған уақыт ({signedAt}) болашақта: компьютердің сағатын тексеріңіз.',
    ru: 'Время подписания ({signedAt}) в будущем: проверьте часы компьютера.',
    en: 'The signing time ({signedAt}) is in the future: check the computer’s clock.',
  },
  'signature.revoked_crl': {
    kk: '{serial} сертификаты {revokedAt} кері қайтарылған (CRL).',
    ru: 'Сертификат {serial} отозван {revokedAt} (CRL).',
    en: 'Certificate {serial} was revoked on {revokedAt} (CRL).',
  },
  'signature.revoked_ocsp': {
    kk: '{serial} сертификаты {revokedAt} кері қайтарылған (OCSP).',
    ru: 'Сертификат {serial} отозван {revokedAt} (OCSP).',
    en: 'Certificate {serial} was revoked on {revokedAt} (OCSP).',
  },
  'signature.revocation_unavailable': {
    kk: 'Сертификаттың кері қайтарылуы {at} тексерілмеді: {reason}. Өтініш сақталды, тексеру кейін қайталанады.',
    ru: 'Отзыв сертификата не проверен на {at}: {reason}. Заявление сохранено, проверка будет повторена.',
    en: 'Revocation not checked at {at}: {reason}. The submission can be kept and the check retried.',
  },
  'signature.key_usage': {
    kk: 'Сертификат «{purpose}» мақсатына арналмаған (кілтті пайдалану: {usage}). Қол қою үшін RSA/ECDSA қол қою (SIGN) кілтін таңдаңыз.',
    ru: 'Сертификат не предназначен для «{purpose}» (использование ключа: {usage}). Выберите ключ подписи (SIGN).',
    en: 'The certificate is not meant for "{purpose}" (key usage: {usage}). Choose the signing (SIGN) key.',
  },
  'signature.iin_missing': {
    kk: 'Сертификатта ЖСН жоқ (subject serialNumber «IIN…»).',
    ru: 'В сертификате нет ИИН (subject serialNumber «IIN…»).',
    en: 'The certificate carries no IIN (subject serialNumber "IIN…").',
  },
  'signature.iin_invalid': {
    kk: 'Сертификаттағы ЖСН {iin} жарамсыз ({error}): мұндай сертификат тек тест режимінде қабылданады.',
    ru: 'ИИН {iin} в сертификате некорректен ({error}): такой сертификат принимается только в тестовом режиме.',
    en: 'The IIN {iin} in the certificate is invalid ({error}): such a certificate is accepted in test mode only.',
  },
  'signature.iin_mismatch': {
    kk: 'Қолтаңбадағы ЖСН ({actual}) өтініш берушінің ЖСН-інен ({expected}) өзге.',
    ru: 'ИИН в подписи ({actual}) не совпадает с ИИН заявителя ({expected}).',
    en: 'The IIN in the signature ({actual}) is not the applicant’s ({expected}).',
  },
  'signature.bin_mismatch': {
    kk: 'Қолтаңбадағы БСН ({actual}) өтініш берушінің БСН-інен ({expected}) өзге.',
    ru: 'БИН в подписи ({actual}) не совпадает с БИН заявителя ({expected}).',
    en: 'The BIN in the signature ({actual}) is not the applicant’s ({expected}).',
  },
  'signature.role_not_allowed': {
    kk: '«{role}» сертификатымен бұл әрекетке қол қоюға болмайды (рұқсат етілгендер: {allowed}).',
    ru: 'Сертификатом с ролью «{role}» это подписывать нельзя (допустимо: {allowed}).',
    en: 'A "{role}" certificate cannot sign this (allowed: {allowed}).',
  },
  'signature.power_missing': {
    kk: '{iin} қызметкерінің {bin} ұйымы атынан «{power}» өкілеттігі тіркелмеген.',
    ru: 'У сотрудника {iin} не зарегистрировано полномочие «{power}» от имени {bin}.',
    en: 'Employee {iin} has no recorded power "{power}" for organisation {bin}.',
  },
  'signature.challenge_unknown': {
    kk: 'Кіру сұрауы табылмады. Жаңа сұрау алып, қайта қол қойыңыз.',
    ru: 'Запрос на вход не найден. Получите новый и подпишите снова.',
    en: 'Unknown login challenge. Get a new one and sign again.',
  },
  'signature.challenge_expired': {
    kk: 'Кіру сұрауының мерзімі {expiresAt} өткен. Жаңасын алыңыз.',
    ru: 'Срок запроса на вход истёк {expiresAt}. Получите новый.',
    en: 'The login challenge expired at {expiresAt}. Get a new one.',
  },
  'signature.challenge_replayed': {
    kk: 'Бұл кіру сұрауы бұрын пайдаланылған. Жаңасын алыңыз.',
    ru: 'Этот запрос на вход уже использован. Получите новый.',
    en: 'This login challenge was already used. Get a new one.',
  },
  'signature.key_unreadable': {
    kk: 'Кілт файлын оқу мүмкін емес: {reason}.',
    ru: 'Не удалось прочитать файл ключа: {reason}.',
    en: 'The key file cannot be read: {reason}.',
  },
  'signature.wrong_password': {
    kk: 'Кілт құпиясөзі қате.',
    ru: 'Неверный пароль ключа.',
    en: 'Wrong key password.',
  },
  'pki.not_initialized': {
    kk: '{dir} қалтасында тест PKI жоқ. Алдымен: ruqsat pki init --dir {dir}',
    ru: 'В папке {dir} нет тестового PKI. Сначала: ruqsat pki init --dir {dir}',
    en: 'No test PKI in {dir}. First run: ruqsat pki init --dir {dir}',
  },
  'pki.already_initialized': {
    kk: '{dir} қалтасында тест PKI бұрыннан бар. Басқа --dir таңдаңыз немесе қалтаны өшіріңіз.',
    ru: 'В папке {dir} тестовый PKI уже есть. Выберите другой --dir или удалите папку.',
    en: '{dir} already holds a test PKI. Choose another --dir or delete the folder.',
  },
  'document.not_available': {
    kk: 'Бұл өтініште мұндай құжат жоқ: {reason}.',
    ru: 'У этого заявления нет такого документа: {reason}.',
    en: 'This application has no such document: {reason}.',
  },
  'document.invalid_kind': {
    kk: '«{kind}» құжат түрі емес. Түрлері: {kinds}.',
    ru: '«{kind}» — не вид документа. Виды: {kinds}.',
    en: '"{kind}" is not a document kind. Kinds: {kinds}.',
  },
  'document.unknown': {
    kk: 'Бұл PDF тізілімде тіркелмеген немесе қол қойылғаннан кейін өзгертілген (SHA-256 {sha256}).',
    ru: 'Этот PDF не зарегистрирован или изменён после подписания (SHA-256 {sha256}).',
    en: 'This PDF was not issued here, or was changed after it was signed (SHA-256 {sha256}).',
  },
  'appeal.late': {
    kk: 'Шағым беру мерзімі {due} өтті ({source}).',
    ru: 'Срок подачи жалобы истёк {due} ({source}).',
    en: 'The time to file a complaint ended on {due} ({source}).',
  },
  'appeal.wrong_status': {
    kk: '«{status}» күйіндегі шағымға «{command}» әрекеті қолданылмайды.',
    ru: 'Действие «{command}» не применимо к жалобе в статусе «{status}».',
    en: '"{command}" cannot be done to a complaint that is "{status}".',
  },
  'appeal.extension_too_long': {
    kk: 'Мерзімді ең көбі {max} ұзартуға болады ({source}).',
    ru: 'Срок можно продлить не более чем на {max} ({source}).',
    en: 'The term can be extended by at most {max} ({source}).',
  },
  'appeal.not_extendable': {
    kk: 'Бұл кезеңде ({reviewer}) шағымды қарау мерзімін ұзартуға болмайды ({source}).',
    ru: 'На этом этапе ({reviewer}) срок рассмотрения жалобы продлить нельзя ({source}).',
    en: 'The review cannot be extended at this stage ({reviewer}) ({source}).',
  },
  'appeal.not_found': {
    kk: '{id} шағымы жоқ. Шағымды алдымен беріңіз: ruqsat complaint file --help',
    ru: 'Жалобы {id} нет. Сначала подайте её: ruqsat complaint file --help',
    en: 'There is no complaint {id}. File it first: ruqsat complaint file --help',
  },
  'appeal.no_terms': {
    kk: '{service} қызметінің каталогында шағымдану мерзімдері жоқ.',
    ru: 'В каталоге услуги {service} нет сроков обжалования.',
    en: 'The catalog of service {service} states no complaint terms.',
  },
  // Complaints over HTTP and notifications (src/server/complaint-routes.ts, src/notifications).
  'appeal.unknown': {
    kk: '{id} шағымы табылмады немесе сізге қолжетімсіз. Шағым нөмірін өтініштің шағымдар тізімінен тексеріңіз.',
    ru: 'Жалоба {id} не найдена или вам недоступна. Проверьте номер в списке жалоб по заявлению.',
    en: 'Complaint {id} was not found or is not yours to see. Check its number in the list of complaints of the application.',
  },
  'pki.unknown_certificate': {
    kk: '{serial} сертификатын осы тест PKI шығармаған.',
    ru: 'Сертификат {serial} выпущен не этим тестовым PKI.',
    en: 'Certificate {serial} was not issued by this test PKI.',
  },
  'pki.invalid_id': {
    kk: '«{value}» — жарамсыз {kind} ({error}).',
    ru: '«{value}» — неверный {kind} ({error}).',
    en: '"{value}" is not a valid {kind} ({error}).',
  },
  'auth.required': {
    kk: 'Алдымен жүйеге кіріңіз.',
    ru: 'Сначала войдите в систему.',
    en: 'Log in first.',
  },
  'auth.invalid_credentials': {
    kk: 'Логин немесе құпиясөз қате.',
    ru: 'Неверный логин или пароль.',
    en: 'Wrong login or password.',
  },
  'auth.csrf': {
    kk: 'Сұрауда CSRF белгісі жоқ немесе қате. Бетті жаңартып, қайталаңыз.',
    ru: 'В запросе нет CSRF-токена или он неверен. Обновите страницу и повторите.',
    en: 'The request has no valid CSRF token. Reload the page and try again.',
  },
  'auth.forbidden': {
    kk: 'Бұл бөлім {audience} үшін ғана.',
    ru: 'Этот раздел только для: {audience}.',
    en: 'This part is for {audience} only.',
  },
  'auth.unknown_demo_person': {
    kk: '«{id}» демо тұлғалардың арасында жоқ.',
    ru: '«{id}» нет среди демо-заявителей.',
    en: '"{id}" is not one of the demo applicants.',
  },
  'server.invalid_request': {
    kk: 'Сұрау қате: {reason}.',
    ru: 'Неверный запрос: {reason}.',
    en: 'Invalid request: {reason}.',
  },
  'server.invalid_text': {
    kk: '{where} ішіндегі мәтінде рұқсат етілмеген таңба бар (NUL немесе жұпсыз суррогат). Мәтінді қайта енгізіңіз.',
    ru: 'Текст в {where} содержит недопустимый символ (NUL или непарный суррогат). Введите текст заново.',
    en: 'The text at {where} holds a character that is not allowed (NUL or a lone surrogate). Type the text again.',
  },
  'server.too_deep': {
    kk: '{where} ішіндегі JSON тым терең салынған ({max} деңгейден аспауы керек).',
    ru: 'JSON в {where} вложен слишком глубоко (не больше {max} уровней).',
    en: 'The JSON at {where} is nested too deep (at most {max} levels).',
  },
  'server.not_found': {
    kk: '{what} табылмады.',
    ru: '{what}: не найдено.',
    en: '{what} was not found.',
  },
  'server.rate_limited': {
    kk: 'Сұраулар тым көп. {after} кейін қайталаңыз.',
    ru: 'Слишком много запросов. Повторите через {after}.',
    en: 'Too many requests. Try again in {after}.',
  },
  'server.body_too_large': {
    kk: 'Сұраудың денесі тым үлкен ({limit} байттан аспауы керек).',
    ru: 'Тело запроса слишком большое (не больше {limit} байт).',
    en: 'The request body is too large (at most {limit} bytes).',
  },
  'server.web_not_built': {
    kk: 'Веб-беттер жиналмаған ({root}): алдымен npm run build орындаңыз.',
    ru: 'Веб-страницы не собраны ({root}): сначала выполните npm run build.',
    en: 'The web pages are not built ({root}): run npm run build first.',
  },
  'server.demo_in_production': {
    kk: 'Демо режимі өндірісте (NODE_ENV=production) қосылмайды.',
    ru: 'Демо-режим нельзя включать в production (NODE_ENV=production).',
    en: 'Demo mode cannot run in production (NODE_ENV=production).',
  },
  'attachments.type_not_allowed': {
    kk: '«{name}» файлы PDF, PNG немесе JPEG емес (мазмұны бойынша тексерілді). Құжатты PDF немесе сурет ретінде қайта сканерлеңіз.',
    ru: 'Файл «{name}» по содержимому не является PDF, PNG или JPEG. Отсканируйте документ заново в PDF или как изображение.',
    en: 'The file "{name}" is not a PDF, PNG or JPEG by its content. Scan the document again as a PDF or an image.',
  },
  'attachments.unknown_document': {
    kk: '«{documentId}» — бұл қызметтің осы жағдайы үшін сұралатын құжат емес. Мүмкіндер: {documents}.',
    ru: '«{documentId}» не входит в документы, которые требуются по этой услуге и случаю. Возможные: {documents}.',
    en: '"{documentId}" is not one of the documents this service asks for in this case. Possible: {documents}.',
  },
  'attachments.empty': {
    kk: 'Файл жоқ: оны сұраудың денесінде application/octet-stream ретінде жіберіңіз.',
    ru: 'Файл не передан: отправьте его в теле запроса как application/octet-stream.',
    en: 'No file was sent: send it as the request body, application/octet-stream.',
  },
  'results.not_available': {
    kk: '«{kind}» құжаты бұл өтініш бойынша әлі шығарылған жоқ.',
    ru: 'Документ «{kind}» по этому заявлению ещё не выдан.',
    en: 'No "{kind}" document has been issued for this application yet.',
  },
  // Administration (src/server/admin-*.ts): settings, territorial units, catalog publication.
  'admin.invalid_setting': {
    kk: '«{name}» баптауы жарамсыз: {reason}. Мәнді түзетіп, қайта жіберіңіз.',
    ru: 'Недопустимое значение настройки «{name}»: {reason}. Исправьте значение и отправьте снова.',
    en: 'The setting "{name}" is invalid: {reason}. Correct the value and send it again.',
  },
  'admin.unknown_provider': {
    kk: '«{providerId}» қызмет берушісі каталогта жоқ. Тізімін GET /api/v1/admin/providers береді.',
    ru: 'Услугодателя «{providerId}» нет в каталоге. Список: GET /api/v1/admin/providers.',
    en: 'There is no provider "{providerId}" in the catalog. GET /api/v1/admin/providers lists them.',
  },
  'admin.unknown_unit': {
    kk: '«{unitId}» — «{providerId}» қызмет берушісінің аумақтық бөлімшесі емес. Мүмкіндер: {units}.',
    ru: '«{unitId}» не является территориальным подразделением услугодателя «{providerId}». Возможные: {units}.',
    en: '"{unitId}" is not a territorial unit of the provider "{providerId}". Possible: {units}.',
  },
  'admin.unit_in_use': {
    kk: '«{unitId}» бөлімшесін жою мүмкін емес: оған {officials} қызметкер және {applications} өтініш тіркелген. Алдымен оларды басқа бөлімшеге ауыстырыңыз.',
    ru: 'Подразделение «{unitId}» нельзя удалить: к нему относятся сотрудников — {officials}, заявлений — {applications}. Сначала переведите их в другое подразделение.',
    en: 'The unit "{unitId}" cannot be deleted: {officials} officials and {applications} applications belong to it. Move them to another unit first.',
  },
  'catalog.publish_invalid': {
    kk: 'Каталог файлы жарияланбады: {count} қате (problems тізімін қараңыз). Оларды түзетіп, қайта жіберіңіз; ештеңе сақталған жоқ.',
    ru: 'Файл каталога не опубликован: ошибок — {count} (см. список problems). Исправьте их и отправьте снова; ничего не сохранено.',
    en: 'The catalog file was not published: {count} problems (see the problems list). Fix them and send it again; nothing was stored.',
  },
  'catalog.effective_date_past': {
    kk: 'Күшіне ену күні {date} өтіп кетті (бүгін {today}). Бүгінгі немесе кейінгі күнді таңдаңыз.',
    ru: 'Дата вступления в силу {date} уже прошла (сегодня {today}). Выберите сегодняшнюю или более позднюю дату.',
    en: 'The effective date {date} is in the past (today is {today}). Choose today or a later date.',
  },
} satisfies Messages;
