/**
 * A catalog text in the reader's language: Ruqsat's translation (`ru`, `en`) where the catalog
 * has one, else the act's Kazakh. Pure; shared by the server's documents and the web pages.
 */
import type { Text } from './schema.ts';

export type TextLang = 'kk' | 'ru' | 'en';

export function textIn(text: Text, lang: TextLang): string {
  return text[lang] ?? text.kk;
}
