/**
 * What to tell people for each signing error, in Kazakh, Russian and English. The app may merge
 * these into its own locale files; `signingMessage` is there for pages that just need a text.
 */
import type { SigningErrorCode } from './errors.ts';

export type Locale = 'kk' | 'ru' | 'en';

export const signingMessages: Record<SigningErrorCode, Record<Locale, string>> = {
  'signing.wrong_password': {
    kk: 'Кілт құпиясөзі қате.',
    ru: 'Неверный пароль ключа.',
    en: 'Wrong key password.',
  },
  'signing.not_pkcs12': {
    kk: 'Бұл файл ЭЦҚ кілті емес. PKCS#12 (.p12) кілт файлын таңдаңыз.',
    ru: 'Этот файл не является ключом ЭЦП. Выберите файл ключа PKCS#12 (.p12).',
    en: 'This file is not an EDS key. Choose a PKCS#12 (.p12) key file.',
  },
  'signing.unsupported_algorithm': {
    kk: 'Бұл кілтпен (ГОСТ) браузерде қол қою мүмкін емес. RSA кілтін таңдаңыз немесе NCALayer арқылы қол қойыңыз.',
    ru: 'Этим ключом (ГОСТ) нельзя подписать в браузере. Выберите ключ RSA или подпишите через NCALayer.',
    en: 'This key (GOST) cannot sign in the browser. Choose the RSA key or sign with NCALayer.',
  },
  'signing.unsupported_encryption': {
    kk: 'Кілт файлы браузер оқи алмайтын тәсілмен шифрланған. NCALayer арқылы қол қойыңыз.',
    ru: 'Файл ключа зашифрован способом, который браузер не поддерживает. Подпишите через NCALayer.',
    en: 'The key file is encrypted in a way the browser cannot read. Sign with NCALayer.',
  },
  'signing.key_not_found': {
    kk: 'Файлда жабық кілт немесе оның сертификаты жоқ.',
    ru: 'В файле нет закрытого ключа или его сертификата.',
    en: 'The file has no private key or no certificate for it.',
  },
  'signing.invalid_content': {
    kk: 'Қол қойылатын деректер бүлінген. Бетті жаңартып, қайталаңыз.',
    ru: 'Данные для подписи повреждены. Обновите страницу и повторите.',
    en: 'The data to sign is damaged. Reload the page and try again.',
  },
  'signing.webcrypto_unavailable': {
    kk: 'Браузер криптографияны қолдамайды. Браузерді жаңартыңыз немесе NCALayer арқылы қол қойыңыз.',
    ru: 'Браузер не поддерживает криптографию. Обновите браузер или подпишите через NCALayer.',
    en: 'This browser has no cryptography support. Update it or sign with NCALayer.',
  },
  'signing.ncalayer_unavailable': {
    kk: 'NCALayer табылмады. Оны іске қосыңыз немесе pki.gov.kz сайтынан орнатыңыз.',
    ru: 'NCALayer не найден. Запустите его или установите с сайта pki.gov.kz.',
    en: 'NCALayer was not found. Start it, or install it from pki.gov.kz.',
  },
  'signing.ncalayer_canceled': {
    kk: 'Қол қоюдан бас тартылды.',
    ru: 'Подписание отменено.',
    en: 'Signing was cancelled.',
  },
  'signing.ncalayer_failed': {
    kk: 'NCALayer қол қоя алмады. Қайталап көріңіз.',
    ru: 'NCALayer не смог подписать. Попробуйте ещё раз.',
    en: 'NCALayer could not sign. Please try again.',
  },
  'signing.ncalayer_timeout': {
    kk: 'NCALayer жауап бермеді. Қайталап көріңіз.',
    ru: 'NCALayer не ответил. Попробуйте ещё раз.',
    en: 'NCALayer did not answer. Please try again.',
  },
};

/** The text for a signing error code, or null for a code that is not a signing one. */
export function signingMessage(code: string, locale: Locale): string | null {
  const texts = (signingMessages as Record<string, Record<Locale, string> | undefined>)[code];
  return texts?.[locale] ?? null;
}
