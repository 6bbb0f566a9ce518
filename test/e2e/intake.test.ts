/**
 * Journey 4: a paper application brought to the office (seed 003, registration of foreign
 * standards: the provider's office only) is registered by the clerk, who prints the receipt
 * with the inbound number, the time and the planned result date.
 */
import { expect, it } from 'vitest';
import { PAPER, alice, officialLogin } from '../server/harness.ts';
import { expectNoError } from './apply.ts';
import { checkPage, screenshot, visitor, webForFile } from './browser.ts';
import { loginOfficial } from './desk.ts';

const web = webForFile();

it('the clerk registers a paper application and prints the receipt', async () => {
  const page = await (await visitor(web.browser, web.server)).newPage();
  await loginOfficial(page, officialLogin(PAPER, 'office-clerk', web.server.platform));
  await page.goto('/desk/intake');
  await page.getByLabel('Қызмет').selectOption(PAPER);
  await page.getByRole('group', { name: 'Не сұралады' }).getByRole('radio').first().check();
  await page.getByLabel('жеке тұлға').check();
  const id = page.getByLabel('ЖСН немесе БСН');
  // Checked as you type: a wrong checksum is named before anything is sent.
  await id.fill(`${alice.slice(0, 11)}${(Number(alice[11]) + 1) % 10}`);
  await page.getByText('Бұл дұрыс ЖСН немесе БСН емес').waitFor();
  await id.fill(alice);
  await page.getByText(/Дұрыс ЖСН/).waitFor();
  await page.getByLabel(/Өтініш берушінің аты/).fill('Сейітов Әлібек Нұрланұлы');
  await checkPage(page, 'intake-1-form');
  await page.getByRole('button', { name: 'Тіркеу және талон жасау' }).click();
  await expectNoError(page, page.getByRole('button', { name: 'Талонды басып шығару' }));
  await checkPage(page, 'intake-2-receipt');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'intake-3-receipt-print');

  const rows = await web.server.platform.store.listApplications({ applicantId: alice });
  expect(rows).toHaveLength(1);
  const state = await web.server.platform.engine.get(rows[0]?.id ?? '');
  expect(state.status).toBe('registered');
  expect(state.channel).toBe('provider-office');
  const talon = (await page.locator('main').textContent()) ?? '';
  expect(talon).toContain(state.registration?.inboundNumber ?? '—');
}, 120_000);
