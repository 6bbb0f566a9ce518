/**
 * Seed 000 Қағидалар 15-т. in the browser: an applicant reports a technical failure of the portal
 * from the cabinet. A report missing the act's mandatory fields is refused with each field named
 * and nothing kept; a whole one, with a PNG screenshot, is received and listed with its status.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG, alice } from '../server/harness.ts';
import { PNG_1X1 } from '../fixtures/png.ts';
import { loginDemoApplicant } from './apply.ts';
import { checkPage, visitor, webForFile } from './browser.ts';

const web = webForFile();

/** A datetime-local value for an instant, in this machine's zone (the browser's). */
const local = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

describe('seed 000 15-т.: technical-failure report from the cabinet', () => {
  it('refuses a report without the mandatory fields, naming them; keeps a whole one and shows its status', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ' });
    const page = await context.newPage();
    await loginDemoApplicant(page, alice);
    await page.goto('/cabinet/failure-reports');
    await page.getByRole('heading', { level: 1, name: 'Техникалық іркіліс туралы хабарлау' }).waitFor();
    await page.getByText('Хабарламалар жоқ.').waitFor();

    await page.getByRole('button', { name: 'Хабарламаны жіберу' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const problems = (await summary.textContent()) ?? '';
    for (const field of ['мемлекеттік көрсетілетін қызмет', 'авторизация уақыты', 'қадамдық скриншоттар'])
      expect(problems).toContain(field);
    expect(await page.getByText('Хабарламалар жоқ.').isVisible()).toBe(true);

    const now = web.server.clock.now();
    await page.getByLabel('Мемлекеттік көрсетілетін қызмет').selectOption(FLAG);
    await page.getByLabel('Өтініштің нөмірі').fill('2025-000123');
    await page
      .getByLabel('Жүйеге кірген (авторизация) уақыты')
      .fill(local(new Date(now.getTime() - 30 * 60_000)));
    await page.getByLabel('Қате пайда болған уақыт').fill(local(new Date(now.getTime() - 10 * 60_000)));
    await page.getByLabel('Не болды').fill('Төлем бетінде «Сервис қолжетімсіз» деген қате шықты.');
    const shot = join(await mkdtemp(join(tmpdir(), 'ruqsat-shot-')), 'step-1.png');
    await writeFile(shot, PNG_1X1);
    await page.getByLabel('Әр қадамның скриншоттары').setInputFiles(shot);
    await page.getByRole('button', { name: 'Хабарламаны жіберу' }).click();

    await page.getByText(/хабарламасы қабылданды және операторға жіберілуде/).waitFor();
    const item = page.locator('.ruqsat-card-list > li');
    await expect.poll(() => item.count()).toBe(1);
    const text = (await item.textContent()) ?? '';
    expect(text).toMatch(/Қабылданды|Операторға жіберілді/);
    expect(text).toContain('2025-000123');
    expect(text).toContain('скриншоттар: 1');
    await checkPage(page, 'cabinet-failure-reports-kk');
    await context.close();
  }, 60_000);
});
