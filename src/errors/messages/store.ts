/** The database: connection, migrations, concurrent changes. */
import type { AreaMessages } from './area.ts';

export const storeMessages = {
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
} satisfies AreaMessages<'store'>;
