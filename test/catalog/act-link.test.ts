import { describe, expect, it } from 'vitest';
import { adiletUrl } from '../../src/catalog/act-link.ts';

describe('adiletUrl', () => {
  it('files a registered act as V + year of registration + 8-digit number', () => {
    // Seed 000: order 166-НҚ, registered in the Ministry of Justice No. 20667 on 19.05.2020.
    expect(adiletUrl({ justiceRegistration: { number: '20667', date: '2020-05-19' } }, 'kk')).toBe(
      'https://adilet.zan.kz/kaz/docs/V2000020667',
    );
    // Seed 003: order 509, registered No. 8325 on 08.02.2013 — the registration year, not the act's.
    expect(adiletUrl({ justiceRegistration: { number: '8325', date: '2013-02-08' } }, 'ru')).toBe(
      'https://adilet.zan.kz/rus/docs/V1300008325',
    );
  });
  it('gives no address to an act without state registration (seed 004)', () => {
    expect(adiletUrl({ justiceRegistration: null }, 'en')).toBeNull();
  });
});
