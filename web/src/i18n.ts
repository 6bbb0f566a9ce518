/**
 * Every text of the pages comes from locales/<area>/{kk,ru,en}.json (the same keys in all three; a
 * test checks it). The language on a first visit is the one the server chose from the browser's
 * Accept-Language for <html lang>; a switch afterwards is remembered in localStorage.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { formatTenge } from '../../src/money/format.ts';
import commonEn from './locales/common/en.json';
import commonKk from './locales/common/kk.json';
import commonRu from './locales/common/ru.json';
import deskEn from './locales/desk/en.json';
import deskKk from './locales/desk/kk.json';
import deskRu from './locales/desk/ru.json';

// One folder per area of the pages, merged: English names the keys.
const en = { ...commonEn, ...deskEn };
const kk = { ...commonKk, ...deskKk };
const ru = { ...commonRu, ...deskRu };

export const langs = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof langs)[number];
export type Key = keyof typeof en;
export type Localized = Partial<Record<Lang, string>>;

const dictionaries: Record<Lang, Record<Key, string>> = { kk, ru, en };
const STORAGE_KEY = 'ruqsat.lang';

const isLang = (value: unknown): value is Lang => (langs as readonly unknown[]).includes(value);

export function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLang(saved)) return saved;
  const fromServer = document.documentElement.lang;
  return isLang(fromServer) ? fromServer : 'kk';
}

export function rememberLang(lang: Lang): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, vars) =>
    (dictionary[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (_: string, name: string) =>
      String(vars?.[name] ?? `{${name}}`),
    );
}

export interface I18n {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
  /** A catalog text in the page's language: the act's Kazakh when no translation exists. */
  pick: (text: Localized | string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  /** The hour and minute in Almaty, for times within one day (a visit at the counter). */
  time: (iso: string | null | undefined) => string;
  money: (tenge: number) => string;
}

const locales: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };
const ZONE = 'Asia/Almaty';

export function i18nOf(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const locale = locales[lang];
  // Numeric day.month.year, as documents in Kazakhstan write dates (and the same in every language).
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: ZONE,
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  });
  return {
    lang,
    t: translator(lang),
    setLang,
    pick: (text) =>
      text == null
        ? ''
        : typeof text === 'string'
          ? text
          : (text[lang] ?? text.kk ?? text.ru ?? text.en ?? ''),
    // A bare date is a calendar day in Kazakhstan, not an instant: format it at noon UTC.
    date: (iso) =>
      iso == null ? '—' : dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)),
    dateTime: (iso) => (iso == null ? '—' : dateTimeFormat.format(new Date(iso))),
    time: (iso) => (iso == null ? '—' : timeFormat.format(new Date(iso))),
    money: (tenge) => formatTenge(tenge, lang),
  };
}

export const I18nContext = createContext<I18n>(i18nOf('kk', () => undefined));
export const useI18n = (): I18n => useContext(I18nContext);
