/** The permit registry: numbers, suspension, reissue, appendices. */
import type { AreaMessages } from './area.ts';

export const registryMessages = {
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
  'registry.already_in_registry': {
    kk: '«{value}» рұқсаты тізілімде бар: {existing}. Оны қайта енгізудің қажеті жоқ; сол нөмірді пайдаланыңыз.',
    ru: 'Разрешение «{value}» уже в реестре: {existing}. Вносить его повторно не нужно; используйте этот номер.',
    en: 'Permit "{value}" is already in the registry as {existing}. It need not be imported again; use that number.',
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
} satisfies AreaMessages<'registry'>;
