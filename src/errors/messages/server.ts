/** The front doors: the HTTP server, its login and administration, and the command line. */
import type { AreaMessages } from './area.ts';

export const serverMessages = {
  'cli.usage': {
    kk: '{detail}. Анықтама: ruqsat --help',
    ru: '{detail}. Справка: ruqsat --help',
    en: '{detail}. See ruqsat --help',
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
  'auth.too_many_attempts': {
    kk: 'Бұл тіркелгіге немесе осы мекенжайдан кіру әрекеттері тым көп. {after} кейін қайталаңыз.',
    ru: 'Слишком много попыток входа в эту учётную запись или с этого адреса. Повторите через {after}.',
    en: 'Too many login attempts for this account or from this address. Try again in {after}.',
  },
  'auth.account_locked': {
    kk: 'Қатарынан {max} сәтсіз кіру әрекетінен кейін тіркелгі бұғатталды. Әкімші жаңа құпиясөз қойсын немесе тіркелгіні қайта қоссын.',
    ru: 'Учётная запись заблокирована после {max} неудачных попыток входа подряд. Администратор должен задать новый пароль или снова включить её.',
    en: 'The account is locked after {max} failed logins in a row. An administrator must set a new password or enable it again.',
  },
  'auth.password_length': {
    kk: 'Құпиясөз {min} таңбадан {max} таңбаға дейін болуы керек. Бірнеше сөзден тұратын ұзын сөйлем жақсы.',
    ru: 'Пароль должен содержать от {min} до {max} символов. Хорошо подходит длинная фраза из нескольких слов.',
    en: 'The password must be {min} to {max} characters long. A long phrase of several words works well.',
  },
  'auth.password_common': {
    kk: 'Бұл құпиясөз тым жиі кездеседі, қайталанатын немесе ретті таңбалардан тұрады. Басқасын ойлап табыңыз.',
    ru: 'Этот пароль слишком распространён или состоит из повторяющихся либо последовательных символов. Придумайте другой.',
    en: 'This password is too common, or made of repeated or sequential characters. Choose another.',
  },
  'auth.password_context': {
    kk: 'Құпиясөзде «{word}» болмауы керек (логин немесе жүйенің атауы). Басқасын ойлап табыңыз.',
    ru: 'Пароль не должен содержать «{word}» (логин или название системы). Придумайте другой.',
    en: 'The password must not contain "{word}" (the login or the name of the system). Choose another.',
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
  'server.idempotency_key_reused': {
    kk: 'Бұл Idempotency-Key басқа мазмұнмен жіберілген сұрауда қолданылған. Жаңа сұрау үшін жаңа кілт жасаңыз; сол сұрауды қайталағанда — сол мазмұнды жіберіңіз.',
    ru: 'Этот Idempotency-Key уже использован для запроса с другим содержимым. Для нового запроса создайте новый ключ; при повторе отправьте то же содержимое.',
    en: 'This Idempotency-Key was already used for a request with a different body. Make a new key for a new request; to retry, send the same body.',
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
    kk: 'Демо режимі өндірісте (NODE_ENV=production / RUQSAT_MODE=production) қосылмайды.',
    ru: 'Демо-режим нельзя включать в production (NODE_ENV=production / RUQSAT_MODE=production).',
    en: 'Demo mode cannot run in production (NODE_ENV=production / RUQSAT_MODE=production).',
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
  'admin.last_admin': {
    kk: '«{login}» — соңғы белсенді әкімші: оны өшіруге немесе рөлін өзгертуге болмайды. Алдымен басқа әкімші тағайындаңыз.',
    ru: '«{login}» — последний активный администратор: его нельзя отключить или понизить. Сначала назначьте другого администратора.',
    en: '"{login}" is the last active administrator: it cannot be disabled or demoted. Make another administrator first.',
  },
  'admin.unit_in_use': {
    kk: '«{unitId}» бөлімшесін жою мүмкін емес: оған {officials} қызметкер және {applications} өтініш тіркелген. Алдымен оларды басқа бөлімшеге ауыстырыңыз.',
    ru: 'Подразделение «{unitId}» нельзя удалить: к нему относятся сотрудников — {officials}, заявлений — {applications}. Сначала переведите их в другое подразделение.',
    en: 'The unit "{unitId}" cannot be deleted: {officials} officials and {applications} applications belong to it. Move them to another unit first.',
  },
  'config.production_refused': {
    kk: 'Өндірістік режимде (production) іске қосылмайды, мына баптауларды беріңіз: {variables}. Толығырақ: {details}',
    ru: 'В производственном режиме (production) запуск отклонён, задайте настройки: {variables}. Подробно: {details}',
    en: 'Refusing to start in production; set: {variables}. Details: {details}',
  },
} satisfies AreaMessages<'server' | 'auth' | 'admin' | 'cli' | 'config'>;
