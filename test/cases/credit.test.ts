/**
 * The case history names who did each step (issue 16): the applicant only for the applicant's
 * own acts, the system for what followed from them (a provider's step is never credited to the
 * applicant), an official by name and role — the role's name, never the code "other".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyBy } from '../../src/cases/credit.ts';

/** The role's name from the pages' locale file, as the page passes it. */
const names = (lang: string) => {
  const file = join(import.meta.dirname, '..', '..', 'web', 'src', 'locales', 'common', `${lang}.json`);
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return (role: string) => texts[`role.${role}`] ?? `role.${role}`;
};
const ru = names('ru');
const en = names('en');
const event = (type: string, by: string, role: string) => ({
  type,
  at: '2025-03-05T06:00:00Z',
  data: { by, role },
});

describe('who the case history names', () => {
  it('the applicant for their own acts, the system for the steps that followed', () => {
    expect(historyBy(event('submitted', '090440000039', 'applicant'), ru)).toBe('090440000039 (заявитель)');
    expect(historyBy(event('step-completed', '090440000039', 'applicant'), ru)).toBe(
      'система (автоматически)',
    );
    expect(historyBy(event('registered', '090440000039', 'applicant'), en)).toBe('the system (automatic)');
  });

  it('an official by name and role name, not the role code', () => {
    const other = historyBy(event('step-completed', 'Асанов А.', 'other'), ru);
    expect(other).toBe('Асанов А. (должностное лицо услугодателя)');
    expect(historyBy(event('completeness-confirmed', 'Clerk B.', 'office-clerk'), en)).toBe(
      'Clerk B. (office clerk)',
    );
    for (const role of ['other', 'head', 'executor', 'office-clerk', 'unit-head'])
      expect(historyBy(event('signed', 'X', role), ru)).not.toMatch(/\bother\b|role\./);
  });
});
