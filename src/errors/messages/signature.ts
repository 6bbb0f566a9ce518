/** Electronic signatures (EDS): verification, certificates, login challenges, key files, the test PKI. */
import type { AreaMessages } from './area.ts';

export const signatureMessages = {
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
  'pki.trust_file_unreadable': {
    kk: '{file} сенім сертификаты файлын оқу мүмкін емес ({setting}): {reason}. PEM немесе DER форматындағы CA сертификатын көрсетіңіз.',
    ru: 'Не удалось прочитать файл доверенного сертификата {file} ({setting}): {reason}. Укажите сертификат УЦ в PEM или DER.',
    en: 'Cannot read the trust certificate file {file} ({setting}): {reason}. Give a CA certificate in PEM or DER.',
  },
} satisfies AreaMessages<'signature' | 'pki'>;
