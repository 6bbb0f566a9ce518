/** Reference data the core reads: the working-day calendar, MCI values and the service catalog. */
import type { AreaMessages } from './area.ts';

export const referenceMessages = {
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
} satisfies AreaMessages<'calendar' | 'money' | 'catalog'>;
