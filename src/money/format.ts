/**
 * Tenge as each language writes it, through Intl: kk and ru "43 250 ₸" (the no-break spaces
 * Intl gives), en "KZT 43,250"; whole tenge. The one money format of the pages and the server's
 * own pages. No imports: the web pages bundle it.
 */

export type MoneyLang = 'kk' | 'ru' | 'en';

const locales: Record<MoneyLang, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };
const formats = new Map<MoneyLang, Intl.NumberFormat>();

export function formatTenge(tenge: number, lang: MoneyLang): string {
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(locales[lang], {
      style: 'currency',
      currency: 'KZT',
      maximumFractionDigits: 0,
    });
    formats.set(lang, format);
  }
  return format.format(tenge);
}
