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
    kk: 'Дерекқор жауап бермеді ({reason}). Сәлден кейін қайталаңыз; қате қайталана берсе, әкімшіге хабарлаңыз.',
    ru: 'База данных не ответила ({reason}). Повторите чуть позже; если ошибка повторяется, сообщите администратору.',
    en: 'The database did not answer ({reason}). Try again in a moment; if it keeps failing, tell the administrator.',
  },
  'store.server_unreachable': {
    kk: 'DATABASE_URL көрсеткен PostgreSQL серверіне қосылу мүмкін емес ({reason}). DATABASE_URL параметрін және сервердің жұмыс істеп тұрғанын тексеріңіз.',
    ru: 'Нет подключения к серверу PostgreSQL из DATABASE_URL ({reason}). Проверьте DATABASE_URL и что сервер запущен.',
    en: 'Cannot reach the PostgreSQL server of DATABASE_URL ({reason}). Check DATABASE_URL and that the server is running.',
  },
  'store.embedded_unreachable': {
    kk: 'Кіріктірілген PostgreSQL root атынан жұмыс істемейді, сондықтан Ruqsat оны uid {uid} пайдаланушысы атынан іске қосады, ал ол {dir} қалтасына кіре алмайды. Мыналардың бірін жасаңыз: Ruqsat-ты root емес пайдаланушы атынан іске қосыңыз; қалтаны ашыңыз (`chmod o+x {dir}`); ол кіре алатын деректер қалтасын таңдаңыз (DATA_DIR=/var/lib/ruqsat npm start немесе --data-dir); немесе DATABASE_URL арқылы PostgreSQL серверін көрсетіңіз.',
    ru: 'Встроенный PostgreSQL не работает от имени root, поэтому Ruqsat запускает его от пользователя с uid {uid}, а тот не может войти в папку {dir}. Сделайте одно из следующего: запустите Ruqsat не от root; откройте папку (`chmod o+x {dir}`); выберите папку данных, доступную этому пользователю (DATA_DIR=/var/lib/ruqsat npm start или --data-dir); или укажите сервер PostgreSQL в DATABASE_URL.',
    en: 'The embedded PostgreSQL does not run as root, so Ruqsat runs it as uid {uid}, who cannot enter {dir}. Do one of these: run Ruqsat as a user other than root; open the folder (`chmod o+x {dir}`); choose a data folder that user can reach (DATA_DIR=/var/lib/ruqsat npm start, or --data-dir); or set DATABASE_URL to a PostgreSQL server.',
  },
  'store.embedded_unavailable': {
    kk: 'Кіріктірілген PostgreSQL іске қосылмады: {reason}.',
    ru: 'Встроенный PostgreSQL не запустился: {reason}.',
    en: 'The embedded PostgreSQL did not start: {reason}.',
  },
} satisfies AreaMessages<'store'>;
