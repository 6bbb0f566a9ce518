import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/files.ts';
import { buildApp } from '../../src/server/app.ts';
import { WEB_ROOT } from '../../src/server/web-pages.ts';

const { catalog } = loadCatalog();
const app = buildApp({ catalog, today: () => '2026-11-23', acceptRepealed: false });
afterAll(() => app.close());

describe('public read-only API', () => {
  it('lists the services', async () => {
    const res = await app.inject('/api/v1/services');
    expect(res.statusCode).toBe(200);
    expect(res.json<unknown[]>().length).toBe(catalog.list().length);
  });

  it('serves the version in force today, with the regulation values', async () => {
    const res = await app.inject('/api/v1/services/state-flag-emblem-manufacturing-license');
    const body = res.json<{ act: { id: string }; cases: { id: string; feeMci: number }[] }>();
    expect(body.act.id).toBe('000');
    expect(body.cases.find((c) => c.id === 'issue')?.feeMci).toBe(10);
  });

  it('refuses a repealed service when the deployment does not accept them, in the asked language', async () => {
    const res = await app.inject({
      url: '/api/v1/services/security-services-license',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'catalog.no_version_on_date',
      detail: expect.stringMatching(/нет версии/),
    });
  });

  it('answers a malformed date or amount with a 400 problem and its code', async () => {
    const bad = await app.inject('/api/v1/calendar/add?date=2025-13-01&n=2');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'calendar.invalid_date' });
    const amount = await app.inject('/api/v1/calendar/add?date=2025-03-20&n=two');
    expect(amount.json()).toMatchObject({ code: 'calendar.invalid_amount' });
  });

  it('explains a computed deadline', async () => {
    const res = await app.inject('/api/v1/calendar/add?date=2025-03-20&n=1');
    expect(res.json()).toMatchObject({
      result: '2025-03-26',
      skipped: expect.arrayContaining([expect.objectContaining({ date: '2025-03-24' })]),
    });
  });

  it('checks an IIN', async () => {
    expect((await app.inject('/api/v1/ids/900404300005')).json()).toMatchObject({
      valid: false,
      error: 'checksum',
    });
  });

  it('serves the process diagram as SVG and BPMN', async () => {
    const svg = await app.inject('/api/v1/services/state-flag-emblem-manufacturing-license/diagram.svg');
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    const bpmn = await app.inject(
      '/api/v1/services/state-flag-emblem-manufacturing-license/diagram.bpmn?case=issue',
    );
    expect(bpmn.body).toMatch(/<bpmn:startEvent/);
  });

  it('serves the web pages for a browser, in the language of its Accept-Language, and JSON to API clients', async () => {
    const web = buildApp({ catalog, today: () => '2026-11-23', acceptRepealed: false, webRoot: WEB_ROOT });
    const page = (url: string, lang: string) =>
      web.inject({ url, headers: { accept: 'text/html,*/*;q=0.8', 'accept-language': lang } });
    for (const [lang, header] of [
      ['kk', 'kk-KZ,kk;q=0.9'],
      ['ru', 'ru-RU,ru;q=0.9,en;q=0.5'],
      ['en', 'de-DE'],
    ] as const) {
      const res = await page('/', header);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<html lang="${lang}"`);
    }
    // Every page address answers the same page; the QR link is JSON for anyone but a browser.
    expect((await page('/services/x/y', 'kk')).body).toContain('<div id="app">');
    expect((await page('/p/123', 'kk')).body).toContain('<div id="app">');
    expect((await web.inject({ url: '/p/123' })).headers['content-type']).toMatch(/problem\+json/);
    // Described for search engines and link previews; compressed for a client that accepts it.
    expect((await page('/', 'kk')).body).toMatch(/<meta\s+name="description"\s+content="[^"]{50,}"/);
    const zipped = await web.inject({ url: '/api/v1/services', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toHaveLength(18);
    // The page itself and its script too (issue 16: responses compressed).
    const html = await web.inject({
      url: '/',
      headers: { accept: 'text/html', 'accept-language': 'ru', 'accept-encoding': 'gzip' },
    });
    expect(html.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(html.rawPayload).toString()).toContain('<html lang="ru"');
    const script = readdirSync(join(WEB_ROOT, 'assets')).find((f) => f.endsWith('.js'));
    const js = await web.inject({ url: `/assets/${script}`, headers: { 'accept-encoding': 'gzip' } });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-encoding']).toBe('gzip');
    await web.close();
  });
});
