/**
 * Journey 1: an applicant applies for the State Flag and Emblem license (seed 000) — fills the
 * qualification form, pays through the gateway simulator, signs in the browser, submits; the
 * official checks completeness, records the site-visit conclusion, completes the site visit,
 * approves and signs; the applicant downloads the license; the public verifies it by the QR link.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAG, company, officialLogin } from '../server/harness.ts';
import { applyThroughWizard, expectNoError, keyFileOf, loginDemoApplicant } from './apply.ts';
import { checkPage, launchBrowser, startWebServer, visitor, type WebServer } from './browser.ts';
import { act, loginOfficial, openFromQueue } from './desk.ts';

let server: WebServer;
let browser: Browser;
let applicant: Page;
let applicationId = '';
let inboundNumber = '';
let permitNumber = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  applicant = await (await visitor(browser, server, { locale: 'kk-KZ' })).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.sequential('the State Flag and Emblem license, end to end', () => {
  it('the applicant applies, pays, signs and submits: registered at once, with an inbound number', async () => {
    await loginDemoApplicant(applicant, company);
    ({ applicationId, inboundNumber } = await applyThroughWizard(
      applicant,
      server,
      FLAG,
      await keyFileOf(server, company),
      'license',
    ));
    expect(inboundNumber).not.toBe('');
    const state = await server.platform.engine.get(applicationId);
    expect(state.status).toBe('registered');
    expect(state.registration?.inboundNumber).toBe(inboundNumber);
    // Seed 000, annex 2 row 6: 10 MCI (3,932 ₸ in 2025), paid through the gateway before submission.
    expect(state.payment?.amountTenge).toBe(39_320);
    // Signed in the browser with the company head's key file; verified by the server.
    expect(state.submissionSignature).toMatchObject({ status: 'valid', signer: { bin: company } });
  }, 120_000);

  it('the official checks completeness, records the site visit, approves, signs and issues', async () => {
    const official = await (await visitor(browser, server, { locale: 'kk-KZ' })).newPage();
    await loginOfficial(official, officialLogin(FLAG, 'other', server.platform));
    await checkPage(official, 'license-6-queue');
    await openFromQueue(official, inboundNumber);
    await checkPage(official, 'license-7-case');
    await act(official, 'Құжаттардың толықтығын растау');
    await act(official, 'Тексеру қорытындысын тіркеу', async (form) => {
      await form
        .getByLabel('Қорытынды')
        .fill('Өндірістік база мен жабдық біліктілік талаптарына сәйкес (көшпелі тексеру).');
      await form.getByLabel('Иә').check();
    });
    // Seed 000 p.10–11: the site visit is a step of its own before the decision; approval is
    // offered only once it is done.
    await act(official, 'Объектіге барып тексеру қадамын аяқтау');
    await act(official, 'Мақұлдау');
    await act(official, 'Шешімге ЭЦҚ қою');
    await act(official, 'Нәтижені беру');
    await checkPage(official, 'license-8-issued');
    const state = await server.platform.engine.get(applicationId);
    expect(state.status).toBe('issued');
    expect(state.inspections).toMatchObject([{ positive: true }]);
    expect(state.signature?.signer).not.toBeNull();
    permitNumber = state.issued?.permitNumber ?? '';
    expect(permitNumber).not.toBe('');
  }, 120_000);

  it('the applicant downloads the signed license PDF from the cabinet', async () => {
    await applicant.goto(`/cabinet/${applicationId}`);
    await expectNoError(applicant, applicant.getByText(permitNumber).first());
    await checkPage(applicant, 'license-9-cabinet');
    const item = applicant.getByRole('listitem').filter({ hasText: 'Лицензия' });
    const [download] = await Promise.all([
      applicant.waitForEvent('download'),
      item.getByRole('link', { name: 'PDF (қазақша)' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('anyone verifies the license by the QR link: valid, signed, the holder named', async () => {
    const visitorPage = await (await visitor(browser, server, { locale: 'ru-RU', phone: true })).newPage();
    await visitorPage.goto(`/p/${encodeURIComponent(permitNumber)}`);
    await visitorPage.getByRole('heading', { level: 1, name: permitNumber }).waitFor();
    const main = (await visitorPage.locator('main').textContent()) ?? '';
    expect(main).toContain('действует');
    expect(main).toContain(company);
    await visitorPage.getByText('ЭЦП действительна').first().waitFor({ timeout: 20_000 });
    await checkPage(visitorPage, 'license-10-public-qr-phone');
  }, 60_000);
});
