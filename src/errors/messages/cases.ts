/** The case engine: applications, their steps, decisions and fees. */
import type { AreaMessages } from './area.ts';

export const casesMessages = {
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
  'cases.no_clock_stop': {
    kk: 'Бұл қызметтің актісі құжаттарды күту кезінде мерзімді тоқтатуды көздемейді: құжаттар толық болмаса, акт белгілеген тәртіппен (мысалы, Ту мен Елтаңбаны жасау лицензиясы қағидаларының 11-т.: одан әрі қараудан бас тарту) әрекет етіңіз.',
    ru: 'Акт этой услуги не предусматривает остановку срока на время ожидания документов: при неполных документах действуйте, как предписывает акт (например, п. 11 Правил о лицензии на изготовление Флага и Герба: отказ в дальнейшем рассмотрении).',
    en: "This service's act does not stop the term while documents are awaited: when documents are missing, act as the act prescribes (e.g. the Flag and Emblem licence Rules, p. 11: refuse further consideration).",
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
  'cases.ground_required': {
    kk: 'Бұл жағдай үшін негізді көрсетіңіз: {expected} ({source}).',
    ru: 'Для этого случая укажите основание: {expected} ({source}).',
    en: 'This case needs its ground declared: {expected} ({source}).',
  },
  'cases.permit_not_usable': {
    kk: '«{number}» рұқсатын пайдалану мүмкін емес: {reason}.',
    ru: 'Разрешение «{number}» нельзя использовать: {reason}.',
    en: 'Permit "{number}" cannot be used: {reason}.',
  },
  'cases.completeness_step': {
    kk: '«{step}» қадамы — құжаттардың толықтығын тексеру: толықтығын растаңыз немесе толық еместігі үшін бас тартыңыз, қадам осымен аяқталады.',
    ru: 'Шаг «{step}» — проверка полноты документов: подтвердите полноту или откажите из-за неполноты, этим шаг и завершится.',
    en: 'Step "{step}" is the completeness check: confirm completeness or refuse for incompleteness, which completes the step.',
  },
  'cases.completeness_settled': {
    kk: 'Құжаттардың толықтығы туралы мәселе шешілген: бұл әрекет енді мүмкін емес.',
    ru: 'Полнота документов уже решена: это действие больше невозможно.',
    en: 'Completeness has already been settled: this action is no longer possible.',
  },
  'cases.decision_step_not_reached': {
    kk: 'Шешім қабылдауға әлі ерте: алдымен актіде шешімнің алдында тұрған қадамдар орындалады (қазіргі қадам: «{current}»).',
    ru: 'Решение принимать рано: сначала выполняются шаги, которые акт ставит перед решением (текущий шаг: «{current}»).',
    en: 'Too early to decide: the steps the act puts before the decision come first (current step: "{current}").',
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
  'cases.visit_not_found': {
    kk: 'Кеңседегі келу табылмады: {id}.',
    ru: 'Посещение не найдено: {id}.',
    en: 'No such visit at your office: {id}.',
  },
  'cases.visit_time_order': {
    kk: 'Келудің уақыттары ретімен жүруі тиіс (келу ≤ қызмет көрсетудің басталуы ≤ аяқталуы): {reason}.',
    ru: 'Времена посещения должны идти по порядку (прибытие ≤ начало обслуживания ≤ окончание): {reason}.',
    en: "A visit's times must go forward (arrival ≤ start of service ≤ end of service): {reason}.",
  },
  'cases.visit_wrong_state': {
    kk: 'Бұл әрекет келудің қазіргі күйінде мүмкін емес (күйі: {status}).',
    ru: 'Это действие невозможно в текущем состоянии посещения (состояние: {status}).',
    en: "Not possible in the visit's current state ({status}).",
  },
} satisfies AreaMessages<'cases'>;
