/**
 * The officials' pages in a real browser: the work queue (overdue first, time left in working
 * hours), the case page with the actions the engine accepts (confirming completeness, then the
 * inspection form with its labelled fields), paper intake with the printable receipt, and the
 * supervisor's dashboard — axe-checked, on a desktop and on a 360 px phone.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FLAG, PAPER, alice, loginApplicant, officialLogin, submittedFlag } from '../server/harness.ts';
import { DEMO_PASSWORD } from '../../src/server/demo.ts';
import { checkPage, visitor, webForFile } from './browser.ts';

const web = webForFile();

/** The page's full width in CSS pixels (the test's tsconfig has no DOM types). */
const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

async function loggedIn(context: BrowserContext, login: string): Promise<void> {
  const res = await context.request.post('/api/v1/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
}

/**
 * A flag-license application with the steps before the completeness check done: that step is
 * next, in the provider's queue, due in one working day.
 */
async function atCompletenessCheck(): Promise<{ id: string; number: string }> {
  const applicant = await loginApplicant(web.server.app, alice);
  const id = await submittedFlag(web.server.app, applicant);
  const number = (await web.server.platform.engine.get(id)).registration?.inboundNumber ?? '';
  const provider = officialLogin(FLAG, 'other', web.server.platform).replace(/\.other$/, '');
  const steps: [string, { id: string; role: 'applicant' | 'system' | 'other'; providerId?: string }][] = [
    ['fill-form', { id: alice, role: 'applicant' }],
    ['pay-fee', { id: alice, role: 'applicant' }],
    ['request-accepted-status', { id: 'system', role: 'system' }],
    ['register-request', { id: 'someone', role: 'other', providerId: provider }],
    ['state-db-data', { id: 'system', role: 'system' }],
  ];
  // (Submitting may have completed them already: only the current one is taken.)
  for (const [stepId, actor] of steps)
    if ((await web.server.platform.engine.get(id)).currentStepId === stepId)
      await web.server.platform.engine.execute(
        id,
        { type: 'complete-step', stepId },
        { actor, idempotencyKey: `${id}-${stepId}` },
      );
  expect((await web.server.platform.engine.get(id)).currentStepId).toBe('completeness-check');
  return { id, number };
}

describe('officials’ desk', () => {
  it('sends a visitor without an official session to the login page', async () => {
    const context = await visitor(web.browser, web.server);
    const page = await context.newPage();
    await page.goto('/desk');
    await page.waitForURL(/\/login\?next=%2Fdesk/);
    await context.close();
  });

  it('queue → case → confirm completeness → the next actions, with the keyboard', async () => {
    const { id, number } = await atCompletenessCheck();
    const context = await visitor(web.browser, web.server, { locale: 'ru-RU' });
    await loggedIn(context, officialLogin(FLAG, 'other', web.server.platform));
    const page = await context.newPage();
    await page.goto('/desk');
    await page.getByRole('heading', { level: 1, name: 'Очередь работ' }).waitFor();
    // The header: the official's unit (here the whole provider, in Russian) and short name.
    const who = page.locator('.ruqsat-header__official');
    await who.getByText(/^Комитет технического регулирования и метрологии/).waitFor();
    expect(await who.textContent()).toMatch(
      / · [А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+ [А-ЯЁӘІҢҒҮҰҚӨҺ]\. [А-ЯЁӘІҢҒҮҰҚӨҺ]\., /u,
    );
    const link = page.getByRole('link', { name: new RegExp(number) });
    await link.waitFor();
    const row = page.locator('tr', { has: link });
    expect(await row.textContent()).toMatch(/осталось \d+ (ч \d+ )?мин/);
    await checkPage(page, 'desk-queue-ru');

    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Дело ${number}` }).waitFor();
    await page.getByRole('heading', { name: 'Что вы можете сделать сейчас' }).waitFor();
    await checkPage(page, 'desk-case-ru');
    const confirm = page.getByRole('button', { name: 'Подтвердить полноту документов' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Записано. Статус:').waitFor();
    // The next actions the engine accepts: the inspection's conclusion with labelled fields.
    await page.getByRole('group', { name: 'Записать заключение проверки' }).waitFor();
    await page.getByLabel('Заключение').first().waitFor();
    expect(await page.getByRole('button', { name: 'Подтвердить полноту документов' }).count()).toBe(0);
    expect((await web.server.platform.engine.get(id)).completeness).toBe('confirmed');
    await checkPage(page, 'desk-case-actions-ru');
    // On a 360 px phone nothing but the tables (each in its own scrolling box) is wider.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.goto('/desk');
    await page.getByRole('heading', { level: 1, name: 'Очередь работ' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await context.close();
  }, 60_000);

  it('on a 360 px phone, in Russian: short step names, the act one click away, completeness once, approval after the site visit, sign as offered', async () => {
    const { id, number } = await atCompletenessCheck();
    // Seed 000 2-қосымша 6-жол: the licence fee, paid through the gateway simulator.
    const applicant = await loginApplicant(web.server.app, alice);
    const invoice = (
      await web.server.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/payment`,
        headers: applicant.headers,
      })
    ).json<{ invoiceId: string }>();
    await web.server.app.inject({ method: 'POST', url: `/simulator/payment/${invoice.invoiceId}/pay` });
    const context = await visitor(web.browser, web.server, { locale: 'ru-RU', phone: true });
    await loggedIn(context, officialLogin(FLAG, 'other', web.server.platform));
    const page = await context.newPage();
    await page.goto('/desk');
    await page.getByRole('heading', { level: 1, name: 'Очередь работ' }).waitFor();
    // The queue's card names the step by Ruqsat's short label, in Russian.
    const card = page.getByRole('row').filter({ hasText: number });
    await card.getByText('Проверить полноту документов').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, 'desk-queue-ru-phone');
    await card.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: `Дело ${number}` }).waitFor();
    const actions = page.locator('section[aria-labelledby="case-actions"]');
    // Completeness is confirmed with one action: the step is not offered beside it.
    await actions.getByRole('button', { name: 'Подтвердить полноту документов' }).waitFor();
    expect(await actions.getByRole('button', { name: /Завершить шаг/ }).count()).toBe(0);
    await checkPage(page, 'desk-case-ru-phone');
    await actions.getByRole('button', { name: 'Подтвердить полноту документов' }).click();
    await page.getByText('Записано. Статус:').waitFor();
    // The site visit (seed 000 p.10) with its short label; the act's sentence behind a click.
    const visit = actions.getByRole('group', { name: 'Завершить шаг Выезд на объект' });
    await visit.waitFor();
    expect(await actions.getByRole('button', { name: /неполн/ }).count()).toBe(0);
    expect(await actions.getByRole('button', { name: 'Одобрить' }).count()).toBe(0);
    await visit.getByText('Что говорит акт').click();
    await visit.getByText(/51-бабының 2-тармағына/).waitFor();
    await visit
      .getByText('Краткое название на кнопке — формулировка Ruqsat, не текст акта.', { exact: false })
      .waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, 'desk-case-site-visit-ru-phone');
    await visit.getByRole('button', { name: 'Завершить шаг Выезд на объект' }).click();
    await page.getByText('Записано. Статус:').waitFor();
    await actions.getByRole('button', { name: 'Одобрить' }).click();
    await page.getByText('Записано. Статус:').waitFor();
    // The signature's id is the server's: the button posts the action as offered.
    await actions.getByRole('button', { name: 'Подписать решение ЭЦП' }).click();
    await expect.poll(async () => (await web.server.platform.engine.get(id)).status).toBe('signed');
    await actions.getByRole('button', { name: 'Подписать решение ЭЦП' }).waitFor({ state: 'detached' });
    await checkPage(page, 'desk-case-signed-ru-phone');
    await context.close();
  }, 90_000);

  it('refuses for incomplete documents: the ground chosen by its checkbox, the missing ones named (kk)', async () => {
    const { id, number } = await atCompletenessCheck();
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ' });
    await loggedIn(context, officialLogin(FLAG, 'other', web.server.platform));
    const page = await context.newPage();
    await page.goto(`/desk/cases/${id}`);
    await page.getByRole('heading', { level: 1, name: `${number} ісі` }).waitFor();
    const form = page.getByRole('group', { name: 'Бас тарту: құжаттар толық емес' });
    await form.waitFor();
    // Without a ground and the missing documents, the form says what to fill in, and sends nothing.
    await form.getByRole('button', { name: 'Бас тарту: құжаттар толық емес' }).click();
    await form.getByText('Кемінде бір негізді таңдаңыз').waitFor();
    expect((await web.server.platform.engine.get(id)).status).toBe('registered');
    await form
      .getByLabel('Жетіспейтін немесе мерзімі өткен құжаттар')
      .fill('1-қосымша\nбіліктілік талаптары');
    await form.getByRole('checkbox').first().check();
    await checkPage(page, 'desk-case-refuse-kk');
    await form.getByRole('button', { name: 'Бас тарту: құжаттар толық емес' }).click();
    await page.getByText('Тіркелді. Мәртебе:').waitFor();
    const state = await web.server.platform.engine.get(id);
    expect(state.status).toBe('refused');
    expect(state.decision?.groundIds).toEqual(['incomplete-or-expired-documents']);
    await context.close();
  }, 60_000);

  it('registers a paper application and shows the receipt to print, on a phone', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ', phone: true });
    await loggedIn(context, officialLogin(PAPER, 'office-clerk', web.server.platform));
    const page = await context.newPage();
    await page.goto('/desk/intake');
    await page.getByRole('heading', { level: 1, name: 'Қағаз өтінішті қабылдау' }).waitFor();
    const service = page.getByLabel('Қызмет');
    // allTextContents does not wait: the select comes with the services list, so wait for it.
    await service.waitFor();
    const options = await service.locator('option').allTextContents();
    if (options.length > 1) await service.selectOption({ index: 1 });
    const firstCase = page.locator('input[name="intake-case"]').first();
    await firstCase.waitFor();
    await firstCase.check();
    await page.locator('input[name="intake-type"]').first().check();
    await page.getByLabel('ЖСН немесе БСН').fill(alice);
    await page.getByText('✓').waitFor();
    await page.getByLabel('Өтініш берушінің аты').fill('Сейітов Әлібек');
    await checkPage(page, 'desk-intake-form-kk-phone');
    await page.getByRole('button', { name: 'Тіркеу және талон жасау' }).click();
    await page.getByRole('heading', { name: 'ТАЛОН' }).waitFor();
    const talon = (await page.locator('.ruqsat-talon').textContent()) ?? '';
    expect(talon).toMatch(/Кіріс № ?2025-\d{6}/);
    expect(talon).toContain('Сейітов Әлібек');
    await page.getByRole('button', { name: 'Талонды басып шығару' }).waitFor();
    await checkPage(page, 'desk-intake-talon-kk-phone');
    // Nothing wider than the phone's screen but the scrolling tables.
    const overflow = await pageWidth(page);
    expect(overflow).toBeLessThanOrEqual(360);
    await context.close();
  }, 60_000);

  it('office board → call → register the paper: the talon carries the visit (seed 004 7-т.), in Russian on a phone', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'ru-RU', phone: true });
    await loggedIn(context, officialLogin(PAPER, 'office-clerk', web.server.platform));
    const page = await context.newPage();
    await page.goto('/desk/board');
    await page.getByRole('heading', { level: 1, name: 'Табло приёмной' }).waitFor();
    const service = page.getByLabel('Услуга, за которой пришёл посетитель');
    await service.locator(`option[value="${PAPER}"]`).waitFor({ state: 'attached' });
    await service.selectOption(PAPER);
    await page.getByRole('button', { name: 'Отметить прибытие (талон)' }).click();
    await page.getByRole('button', { name: /^Вызвать следующего \(талон \d+\)$/ }).click();
    await page.getByRole('button', { name: /^Зарегистрировать заявление талон \d+$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Приём бумажного заявления' }).waitFor();
    await page.getByText(/^Талон \d+: регистрация заявления завершает обслуживание/).waitFor();
    // The board's service is chosen already: the clerk picks the request and the applicant.
    expect(await page.getByLabel('Услуга', { exact: true }).inputValue()).toBe(PAPER);
    const firstCase = page.locator('input[name="intake-case"]').first();
    await firstCase.waitFor();
    await firstCase.check();
    await page.locator('input[name="intake-type"]').first().check();
    await page.getByLabel('ИИН или БИН').fill(alice);
    await page.getByText('✓').waitFor();
    await page.getByLabel('Имя заявителя (Ф.И.О. или наименование организации)').fill('Сейітов Әлібек');
    await page.getByRole('button', { name: 'Зарегистрировать и сформировать талон' }).click();
    await page.getByRole('heading', { name: 'ТАЛОН' }).waitFor();
    const talon = (await page.locator('.ruqsat-talon').textContent()) ?? '';
    expect(talon).toMatch(/Талон очереди\d+/);
    expect(talon).toMatch(/Ожидание \(\d\d:\d\d – \d\d:\d\d\)\d+ мин/);
    expect(talon).toMatch(/Обслуживание \(\d\d:\d\d – \d\d:\d\d\)\d+ мин/);
    await checkPage(page, 'desk-intake-visit-talon-ru-phone');
    // The registration ended the visit: back on the board, nobody is being served.
    await page.getByRole('button', { name: 'Зарегистрировать ещё одно заявление' }).click();
    await page.getByRole('heading', { level: 1, name: 'Табло приёмной' }).waitFor();
    await page.getByText('Никого не обслуживают.').waitFor();
    await checkPage(page, 'desk-board-ru-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await context.close();
  }, 60_000);

  it('shows the supervisor dashboard to an administrator', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'en-GB' });
    await loggedIn(context, 'admin');
    const page = await context.newPage();
    await page.goto('/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Service quality dashboard' }).waitFor();
    await page.getByRole('table', { name: 'Applications per service' }).waitFor();
    // The counter's figures (seed 004 7-т.), beside the applications'.
    const visits = page.getByRole('table', { name: 'Visitors at the office (waiting and service limits)' });
    await visits.waitFor();
    // The visit of the office-board journey above: seed 003 sets no waiting limit, only a service one.
    const row = visits.getByRole('row').filter({ hasText: 'international and national standards' });
    expect(await row.locator('td').allTextContents()).toEqual([
      '1',
      expect.stringMatching(/^\d+ min$/),
      'no limit',
      expect.stringMatching(/^\d+ min$/),
      '0',
    ]);
    await checkPage(page, 'desk-dashboard-en');
    await context.close();
  }, 60_000);
  it('puts an overdue step on top, marked in words, with how long overdue', async () => {
    const late = await atCompletenessCheck();
    // Two working days later a new one arrives: the first is past its one-day term.
    web.server.clock.set(new Date(web.server.clock.now().getTime() + 2 * 24 * 3600_000));
    const fresh = await atCompletenessCheck();
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ' });
    await loggedIn(context, officialLogin(FLAG, 'other', web.server.platform));
    const page = await context.newPage();
    await page.goto('/desk');
    await page.getByRole('heading', { level: 1, name: 'Жұмыс кезегі' }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    const overdue = texts.map((t) => /Мерзімі өтті.*кешікті/.test(t));
    // Overdue rows first, then the others; the late one marked, the fresh one with time left.
    expect(overdue.indexOf(false)).toBe(overdue.filter(Boolean).length);
    expect(overdue[texts.findIndex((t) => t.includes(late.number))]).toBe(true);
    expect(texts.find((t) => t.includes(fresh.number))).toMatch(/қалды/);
    await checkPage(page, 'desk-queue-overdue-kk');
    await context.close();
  }, 60_000);
});
