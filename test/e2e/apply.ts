/**
 * The applicant's side of the journeys, in the browser: log in as a demo applicant, go through
 * the wizard (form, documents, payment at the gateway simulator, signing with a PKCS#12 key
 * file in the browser) and get the receipt. Shared by the journeys.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoCompanies } from '../../src/integrations/index.ts';
import { pkcs12Of } from '../../src/signature/index.ts';
import { checkPage, type WebServer } from './browser.ts';

export const KEY_PASSWORD = 'Qwerty12';

/** The company's head's signing key from the server's test PKI, as the .p12 file NCA RK would issue. */
export async function keyFileOf(server: WebServer, bin: string): Promise<string> {
  const company = demoCompanies.find((c) => c.bin === bin);
  if (company === undefined || server.platform.pki === null) throw new Error(`no demo company ${bin}`);
  const key = await server.platform.pki.keyFor({ iin: company.head.iin, bin, role: 'legal' });
  const file = join(await mkdtemp(join(tmpdir(), 'ruqsat-key-')), `RSA_${bin}.p12`);
  await writeFile(file, pkcs12Of(key, KEY_PASSWORD));
  return file;
}

/** The browser's clock is the server's simulated one, so signing times agree. */
export async function syncClock(page: Page, server: WebServer): Promise<void> {
  await page.clock.setFixedTime(server.clock.now());
}

export async function loginDemoApplicant(page: Page, id: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Демо өтініш беруші').selectOption(id);
  await page.getByRole('button', { name: 'Демо өтініш беруші ретінде кіру' }).click();
  await page.getByRole('heading', { level: 1, name: 'Жеке кабинет' }).waitFor();
}

/** Waits for `done` to show; a page's error summary instead fails with its text. */
export async function expectNoError(page: Page, done: Locator): Promise<void> {
  const problem = page.locator('.govuk-error-summary');
  await done.or(problem).first().waitFor({ timeout: 20_000 });
  if (await problem.isVisible()) throw new Error(`the page says: ${await problem.textContent()}`);
}

/** Fills every field of the act's form the wizard shows (text, dates), as an applicant would. */
export async function fillForm(page: Page): Promise<void> {
  const inputs = page.locator('form input.govuk-input');
  const count = await inputs.count();
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    await input.fill((await input.getAttribute('type')) === 'date' ? '2024-11-20' : `Мәлімет ${i + 1}`);
  }
}

/** Wizard to the receipt for `serviceId`; answers the application id and the receipt's inbound number. */
export async function applyThroughWizard(
  page: Page,
  server: WebServer,
  serviceId: string,
  keyFile: string,
  shots: string,
): Promise<{ applicationId: string; inboundNumber: string }> {
  await page.goto(`/services/${serviceId}`);
  await page.getByRole('button', { name: 'Өтініш беру' }).click();
  await page.getByRole('button', { name: 'Өтінішті бастау' }).click();

  // The act's form: a required field left empty is flagged as soon as it loses focus.
  await page.getByRole('heading', { level: 2, name: /біліктілік талаптарға сәйкестігі/ }).waitFor();
  const first = page.locator('form input.govuk-input').first();
  await first.focus();
  await page.keyboard.press('Tab');
  await page.getByText('Бұл өрісті толтырыңыз').first().waitFor();
  await checkPage(page, `${shots}-1-form-error`);
  await fillForm(page);
  expect(await page.getByText('Бұл өрісті толтырыңыз').count()).toBe(0);
  await page.getByRole('button', { name: 'Сақтау және жалғастыру' }).click();

  // Documents: what the state databases hold is shown for confirmation, not asked again.
  await page.getByRole('heading', { level: 3, name: 'Мемлекеттік дерекқорлардағы мәліметтер' }).waitFor();
  await page.getByText('080340001111').waitFor();
  await checkPage(page, `${shots}-2-state-data`);
  await page.getByLabel('Мәліметтер дұрыс').check();
  await page.getByRole('button', { name: 'Жалғастыру' }).click();

  // The fee at the payment gateway's page, and back.
  await page.getByRole('heading', { level: 2, name: 'Төлем' }).waitFor();
  await checkPage(page, `${shots}-3-fee`);
  await page.getByRole('button', { name: 'Төлеу' }).click();
  await page.getByRole('heading', { level: 1, name: /Төлем шлюзі/ }).waitFor();
  await page.getByRole('button', { name: /Төлеу/ }).click();
  await page.getByText(/төленді\. Төлем шлюзі растады/).waitFor();
  await page.getByRole('button', { name: 'Жалғастыру' }).click();

  // Signing with the key file in the browser (no NCALayer on this machine), then the receipt.
  await page.getByRole('heading', { level: 2, name: 'Қол қою және жіберу' }).waitFor();
  await page.getByLabel(/Қол қою кілті/).setInputFiles(keyFile);
  await page.getByLabel('Кілттің құпиясөзі').fill(KEY_PASSWORD);
  await checkPage(page, `${shots}-4-sign`);
  await syncClock(page, server);
  await page.getByRole('button', { name: 'Қол қою және жіберу' }).click();
  await expectNoError(page, page.getByRole('heading', { level: 1, name: 'Өтініш жіберілді' }));
  const inboundNumber = ((await page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
  await checkPage(page, `${shots}-5-receipt`);
  const applicationId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  return { applicationId, inboundNumber };
}
