/**
 * Every text of the web pages exists in kk, ru and en (same keys, none empty, same {placeholders}),
 * and every key the pages name — t('…') — exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'web', 'src');
const areas = readdirSync(join(root, 'locales'));
const load = (area: string, lang: string) =>
  JSON.parse(readFileSync(join(root, 'locales', area, `${lang}.json`), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe.each(areas)('locales/%s', (area) => {
  const en = load(area, 'en');
  it.each(['kk', 'ru'])(
    '%s has exactly the English keys, each filled, with the same placeholders',
    (lang) => {
      const other = load(area, lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(other)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key] ?? ''));
      }
    },
  );
});

it('every literal key the pages translate exists', () => {
  const keys = new Set(areas.flatMap((area) => Object.keys(load(area, 'en'))));
  const missing = sources(root).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)]
      .map((m) => m[1] ?? '')
      .filter((key) => !keys.has(key))
      .map((key) => `${file}: ${key}`),
  );
  expect(missing).toEqual([]);
});
