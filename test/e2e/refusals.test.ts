/**
 * Journeys 2 and 3, the refusals of the State Flag and Emblem license (seed 000):
 * 2. incomplete documents → refusal of further consideration within the act's window of one
 *    working day from registration (Rules 10-т. 1-бөлік, 11-т.), and not after it;
 * 3. a preliminary decision with its grounds, the applicant's objection from the cabinet, the
 *    hearing, then the reasoned refusal on those grounds, signed and delivered (Rules 12-1-т.).
 * The applicant submits through the API (journey 1 goes through the wizard); everything the
 * official and the applicant then do is in the browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../src/calendar/index.ts';
import { FLAG, company, loginApplicant, officialLogin, submittedFlag } from '../server/harness.ts';
import { expectNoError, loginDemoApplicant } from './apply.ts';
import { checkPage, launchBrowser, startWebServer, visitor, type WebServer } from './browser.ts';
import { act, loginOfficial, openFromQueue } from './desk.ts';

let server: WebServer;
let browser: Browser;
let official: Page;
let applicant: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  official = await (await visitor(browser, server)).newPage();
  applicant = await (await visitor(browser, server)).newPage();
  await loginOfficial(official, officialLogin(FLAG, 'other', server.platform));
  await loginDemoApplicant(applicant, company);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function submitted(): Promise<{ id: string; inboundNumber: string }> {
  const id = await submittedFlag(server.app, await loginApplicant(server.app, company));
  const state = await server.platform.engine.get(id);
  return { id, inboundNumber: state.registration?.inboundNumber ?? '' };
}

describe.sequential('journey 2: incomplete documents', () => {
  it('the official refuses further consideration within one working day, citing the ground; the applicant sees it', async () => {
    const { id, inboundNumber } = await submitted();
    await openFromQueue(official, inboundNumber);
    await act(official, 'Бас тарту: құжаттар толық емес', async (form) => {
      await form
        .getByLabel('Жетіспейтін немесе мерзімі өткен құжаттар')
        .fill('1-қосымша: біліктілік талаптарына сәйкестігі туралы мәліметтер');
      await form.getByRole('checkbox').first().check();
    });
    await checkPage(official, 'refusal-incomplete-1-official');
    const state = await server.platform.engine.get(id);
    expect(state.status).toBe('refused');
    expect(state.completeness).toBe('refused');
    // Rules 10-т. 1-бөлік: within 1 working day of registration.
    expect(server.clock.now().getTime()).toBeLessThanOrEqual(Date.parse(state.completenessDue?.at ?? ''));
    await applicant.goto(`/cabinet/${id}`);
    await expectNoError(applicant, applicant.getByText('бас тартылды').first());
    await checkPage(applicant, 'refusal-incomplete-2-cabinet');
  }, 90_000);

  it('after that working day the page no longer offers it: the request counts as complete', async () => {
    const { id, inboundNumber } = await submitted();
    const { office } = server.platform.engine.serviceOf(await server.platform.engine.get(id));
    server.clock.advanceWorkingDays(2, kazakhstanCalendar, office);
    // Two working days later the 8-hour sessions have ended: everyone logs in again.
    await loginOfficial(official, officialLogin(FLAG, 'other', server.platform));
    await loginDemoApplicant(applicant, company);
    await openFromQueue(official, inboundNumber);
    expect(await official.getByRole('button', { name: 'Бас тарту: құжаттар толық емес' }).count()).toBe(0);
    expect(await official.getByRole('button', { name: 'Құжаттардың толықтығын растау' }).count()).toBe(1);
  }, 90_000);
});

describe.sequential('journey 3: refusal after a preliminary decision and an objection', () => {
  let id = '';
  let inboundNumber = '';
  const ground = 'біліктілік талаптар';

  it('the official sends the preliminary decision with its ground', async () => {
    ({ id, inboundNumber } = await submitted());
    await openFromQueue(official, inboundNumber);
    await act(official, 'Құжаттардың толықтығын растау');
    await act(official, 'Алдын ала шешім жіберу (бас тартар алдында)', async (form) => {
      await form
        .getByRole('checkbox', { name: new RegExp(ground) })
        .first()
        .check();
      await form.getByLabel('Мәтін').fill('Өндірістік база біліктілік талаптарына сәйкес келмейді.');
    });
    // The page may still show the previous step's "Тіркелді" when act() returns: wait for the engine.
    await expect
      .poll(async () => (await server.platform.engine.get(id)).preliminaryDecision?.groundIds.length)
      .toBe(1);
    const state = await server.platform.engine.get(id);
    // Rules 12-1-т.: the objection within 2 working days.
    expect(state.preliminaryDecision?.objectionDue).not.toBeNull();
  }, 90_000);

  it('the applicant reads it in the cabinet and objects before the deadline', async () => {
    await applicant.goto(`/cabinet/${id}`);
    await expectNoError(applicant, applicant.getByRole('heading', { name: 'Алдын ала шешім' }));
    await checkPage(applicant, 'refusal-hearing-1-preliminary');
    await applicant
      .getByLabel('Қарсылық')
      .fill('Жалдау шарты бойынша өндірістік база бар, құжаттар қоса берілді.');
    await applicant.getByRole('button', { name: 'Қарсылық беру' }).click();
    await expectNoError(applicant, applicant.getByText(/Қарсылығыңыз .* берілді/));
    expect((await server.platform.engine.get(id)).objection?.text).toContain('Жалдау шарты');
  }, 90_000);

  it('the official records the hearing, refuses on the same ground, signs and delivers; the applicant gets the refusal', async () => {
    await official.goto(`/desk/cases/${id}`);
    await official.getByRole('heading', { level: 2, name: 'Қазір не істей аласыз' }).waitFor();
    await act(official, 'Тыңдауды тіркеу', async (form) => {
      await form
        .getByLabel('Мәтін')
        .fill('Тыңдау өтті: қарсылық қаралды, жалдау шарты талаптарды қанағаттандырмайды.');
    });
    await act(official, 'Дәлелді бас тарту', async (form) => {
      await form
        .getByRole('checkbox', { name: new RegExp(ground) })
        .first()
        .check();
      await form.getByLabel('Дәлелдеме').fill('Біліктілік талаптарына сәйкес келмейді (тыңдау хаттамасы).');
    });
    await act(official, 'Шешімге ЭЦҚ қою');
    await act(official, 'Нәтижені өтініш берушіге жеткізу');
    await checkPage(official, 'refusal-hearing-2-official');
    const state = await server.platform.engine.get(id);
    expect(state.status).toBe('delivered');
    expect(state.decision).toMatchObject({ kind: 'refuse', groundIds: state.preliminaryDecision?.groundIds });
    expect(state.hearing).not.toBeNull();

    await applicant.goto(`/cabinet/${id}`);
    const refusal = applicant.getByRole('listitem').filter({ hasText: 'Уәжді бас тарту' });
    await expectNoError(applicant, refusal);
    const [download] = await Promise.all([
      applicant.waitForEvent('download'),
      refusal.getByRole('link', { name: 'PDF (на русском)' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await checkPage(applicant, 'refusal-hearing-3-cabinet');
    // The quality survey (seed 003 annex 3) is open once the result is decided.
    await applicant.getByLabel('ішінара қанағаттанамын').first().check();
    await applicant.getByRole('button', { name: 'Жауап беру' }).click();
    await expectNoError(applicant, applicant.getByText('Рақмет! Жауаптарыңыз тіркелді.'));
    // A complaint against the refusal (seed 000 ch. 3), reviewed by the provider in 5 working days.
    await applicant.getByText('Шағым беру').click();
    await applicant
      .getByLabel('Шағымның мәтіні')
      .fill('Бас тарту негізсіз: жалдау шарты біліктілік талаптарына сәйкес.');
    await applicant.getByRole('button', { name: 'Шағымды жіберу' }).click();
    await expectNoError(applicant, applicant.getByText(/қаралуда · қарау мерзімі/));
    await checkPage(applicant, 'refusal-hearing-4-complaint');
  }, 90_000);
});
