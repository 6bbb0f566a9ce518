/** The official's side of the journeys, in the browser: log in, find the case, act on it. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/demo.ts';
import { expectNoError } from './apply.ts';

export async function loginOfficial(page: Page, login: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Құпиясөз', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Жұмыс кезегі' }).waitFor();
}

/** From the work queue to the case of `inboundNumber`. */
export async function openFromQueue(page: Page, inboundNumber: string): Promise<void> {
  await page.goto('/desk');
  const row = page.getByRole('row').filter({ hasText: inboundNumber });
  await expectNoError(page, row.first());
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Қазір не істей аласыз' }).waitFor();
}

/** Takes one of the actions the case page offers (its form's button), and waits for the engine's answer. */
export async function act(
  page: Page,
  button: string,
  fill?: (form: ReturnType<Page['locator']>) => Promise<void>,
): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: button, exact: true }) });
  if (fill !== undefined) await fill(form);
  await form.getByRole('button', { name: button, exact: true }).click();
  await expectNoError(page, page.getByText(/Тіркелді\. Мәртебе:|Ештеңе өзгерген жоқ/));
}
