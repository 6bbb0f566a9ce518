/**
 * Issue 16: in Russian the registry's status badge agrees with the noun naming the permit on its
 * page — "лицензия приостановлена", "свидетельство приостановлено", "иной документ приостановлен",
 * "приложение … прекращено" — and every badge and noun exists in kk, ru and en.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permitKinds } from '../../src/registry/permit.ts';
import { permitGender, permitNounKey, permitStatusKey } from '../../web/src/components/permit-status.ts';

const locale = (lang: string) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'web', 'src', 'locales', 'common', `${lang}.json`),
      'utf8',
    ),
  ) as Record<string, string>;
const ru = locale('ru');
const statuses = ['active', 'suspended', 'terminated', 'reissued'] as const;

describe('permit status badges', () => {
  it('exist for every kind and status in kk, ru and en', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const texts = locale(lang);
      for (const kind of [...permitKinds, 'appendix']) {
        expect(texts[permitNounKey(kind)], `${lang} ${kind}`).toBeDefined();
        for (const status of statuses)
          expect(texts[permitStatusKey(status, kind)], `${lang} ${kind} ${status}`).toBeDefined();
      }
    }
  });

  it('agree in Russian with the gender of the permit’s name', () => {
    expect(ru[permitStatusKey('suspended', 'license')]).toBe('приостановлена');
    expect(ru[permitStatusKey('terminated', 'certificate')]).toBe('прекращено');
    expect(ru[permitStatusKey('reissued', 'other')]).toBe('переоформлен');
    expect(ru[permitStatusKey('reissued', 'attestat')]).toBe('переоформлено'); // "Разрешение"
    expect(ru[permitStatusKey('terminated', 'appendix')]).toBe('прекращено');
    expect(ru[permitStatusKey('active', 'license')]).toBe('действует');
    // The table's gender is the gender of the name the page shows (ending of the head noun).
    const genderOf = (noun: string): string => {
      const head = noun.split(' ').at(-1) ?? '';
      return /[ая]$/.test(head) ? 'f' : /[ое]$/.test(head) ? 'n' : 'm';
    };
    for (const kind of permitKinds) {
      const noun = ru[permitNounKey(kind)] ?? '';
      expect({ kind, noun, gender: permitGender[kind] ?? 'n' }).toEqual({
        kind,
        noun,
        gender: genderOf(noun),
      });
      const ending = { f: /а$/, n: /о$/, m: /[нё]н?$/ }[permitGender[kind] ?? 'n'];
      for (const status of ['suspended', 'terminated', 'reissued'])
        expect(ru[permitStatusKey(status, kind)], `${kind} ${status}`).toMatch(ending);
    }
  });
});
