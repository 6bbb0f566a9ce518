/**
 * One format per language (issue 16): money through Intl ("43 250 ₸" in kk and ru, with the
 * no-break spaces Intl gives), never a tenge sign written by hand in the pages' texts; the
 * documents' dates are the dates Intl writes for kk-KZ and ru-KZ in Asia/Almaty.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/documents/content.ts';
import { formatTenge } from '../../src/money/format.ts';

describe('money', () => {
  it('is written by Intl in each language', () => {
    expect(formatTenge(43_250, 'kk')).toBe('43\u00a0250\u00a0₸');
    expect(formatTenge(43_250, 'ru')).toBe('43\u00a0250\u00a0₸');
    expect(formatTenge(43_250, 'en')).toBe(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 }).format(
        43_250,
      ),
    );
    expect(formatTenge(3_932, 'ru')).toBe('3\u00a0932\u00a0₸');
  });

  it('the pages’ texts leave the amount and its sign to the formatter', () => {
    const locales = join(import.meta.dirname, '..', '..', 'web', 'src', 'locales');
    for (const area of readdirSync(locales))
      for (const file of readdirSync(join(locales, area))) {
        const texts = JSON.parse(readFileSync(join(locales, area, file), 'utf8')) as Record<string, string>;
        for (const [key, text] of Object.entries(texts))
          expect(text, `${area}/${file} ${key}`).not.toContain('₸');
      }
  });
});

describe('document dates', () => {
  const intl = (locale: string, withTime: boolean) =>
    new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      timeZone: 'Asia/Almaty',
    });
  it('are the dates Intl writes in kk-KZ and ru-KZ, in Kazakhstan time', () => {
    for (const iso of [
      '2025-03-05T06:30:00Z',
      '2025-12-31T19:05:00Z',
      '2026-01-01T00:00:00Z',
      '2024-06-30T18:59:00Z',
    ])
      for (const locale of ['kk-KZ', 'ru-KZ']) {
        expect(formatDate(iso), `${locale} ${iso}`).toBe(intl(locale, false).format(new Date(iso)));
        expect(formatDateTime(iso), `${locale} ${iso}`).toBe(
          intl(locale, true).format(new Date(iso)).replace(', ', ' '),
        );
      }
  });
});
