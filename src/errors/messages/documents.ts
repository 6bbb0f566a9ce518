/** Documents: attachments coming in, issued results and PDFs going out. */
import type { AreaMessages } from './area.ts';

export const documentsMessages = {
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
  'attachments.type_not_allowed': {
    kk: '«{name}» файлы PDF, PNG немесе JPEG емес (мазмұны бойынша тексерілді). Құжатты PDF немесе сурет ретінде қайта сканерлеңіз.',
    ru: 'Файл «{name}» по содержимому не является PDF, PNG или JPEG. Отсканируйте документ заново в PDF или как изображение.',
    en: 'The file "{name}" is not a PDF, PNG or JPEG by its content. Scan the document again as a PDF or an image.',
  },
  // Technical-failure reports (seed 000 15-т.; src/server/failure-report-routes.ts).
  'attachments.failure_report_incomplete': {
    kk: 'Техникалық іркіліс туралы хабарламада Қағидалардың 15-тармағы талап ететін мәліметтер толық емес: {kk}.',
    ru: 'В сообщении о технической ошибке не хватает сведений, обязательных по пункту 15 Правил: {ru}.',
    en: 'The failure report lacks what paragraph 15 of the Rules requires: {en}.',
  },
  'attachments.screenshot_not_image': {
    kk: '«{name}» файлы мазмұны бойынша PNG немесе JPEG суреті емес. Скриншотты сурет ретінде сақтап, қайта тіркеңіз; ештеңе сақталған жоқ.',
    ru: 'Файл «{name}» по содержимому не является изображением PNG или JPEG. Сохраните скриншот как изображение и приложите снова; ничего не сохранено.',
    en: 'The file "{name}" is not a PNG or JPEG image by its content. Save the screenshot as an image and attach it again; nothing was stored.',
  },
  'attachments.failure_report_unknown': {
    kk: '{id} хабарламасы табылмады немесе сізге қолжетімсіз.',
    ru: 'Сообщение {id} не найдено или вам недоступно.',
    en: 'Report {id} was not found or is not yours to see.',
  },
  'attachments.failure_report_closed': {
    kk: '{id} хабарламасы бойынша оператордың жауабы бұрын тіркелген.',
    ru: 'Ответ оператора по сообщению {id} уже записан.',
    en: "The operator's answer to report {id} is already recorded.",
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
  'attachments.invalid_name': {
    kk: 'Файл атауында мәтін бағытын өзгертетін жасырын таңба бар ({char}): ол атауды басқаша көрсетеді. Файлдың атын өзгертіп, қайта жіберіңіз.',
    ru: 'В имени файла есть скрытый символ смены направления текста ({char}): он искажает отображение имени. Переименуйте файл и отправьте снова.',
    en: 'The file name holds a hidden text-direction character ({char}) that makes the name display as something else. Rename the file and send it again.',
  },
  'attachments.too_many': {
    kk: 'Бір өтінішке {limit} файлдан артық тіркеуге болмайды. Артық файлдарды біріктіріңіз (мысалы, бір PDF-ке).',
    ru: 'К одному заявлению можно приложить не более {limit} файлов. Объедините лишние файлы (например, в один PDF).',
    en: 'An application may carry at most {limit} files. Combine the extra files (into one PDF, for example).',
  },
  'attachments.total_too_large': {
    kk: 'Өтініштің файлдары бірге {limit} байттан аспауы керек (қазір {used} байт). Сканерлерді кішірейтіңіз немесе қажет емес файлдарды алып тастаңыз.',
    ru: 'Файлы заявления вместе не должны превышать {limit} байт (сейчас {used} байт). Уменьшите сканы или уберите лишние файлы.',
    en: "An application's files may add up to at most {limit} bytes (now {used} bytes). Reduce the scans or leave out files that are not needed.",
  },
  'results.not_available': {
    kk: '«{kind}» құжаты бұл өтініш бойынша әлі шығарылған жоқ.',
    ru: 'Документ «{kind}» по этому заявлению ещё не выдан.',
    en: 'No "{kind}" document has been issued for this application yet.',
  },
} satisfies AreaMessages<'document' | 'attachments' | 'results'>;
