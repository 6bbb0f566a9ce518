/**
 * Journey 5: the same catalog page in Kazakh, Russian and English — the language follows the
 * browser's Accept-Language on a first visit, the switch changes it and is remembered — and the
 * catalog's search and filters, with the keyboard only, on a desktop and on a phone.
 */
import { describe, expect, it } from 'vitest';
import { FLAG } from '../server/harness.ts';
import { checkPage, visitor, webForFile } from './browser.ts';

const web = webForFile();

// The act's own wording (seed 000 title) and Ruqsat's translations of it.
const flagTitle = {
  kk: 'Қазақстан Республикасының Мемлекеттік Туын және Қазақстан Республикасының Мемлекеттік Елтаңбасын жасау',
  ru: 'Выдача лицензии на осуществление деятельности по изготовлению Государственного Флага',
  en: 'Issuing a licence to carry out the making of the State Flag',
};

describe('the service page of the State Flag and Emblem license', () => {
  it.each([
    ['kk-KZ', 'kk', 'Мерзімі', 'Бас тарту негіздері', 'Қағидалар 12-т. 1-бөлік'],
    ['ru-RU', 'ru', 'Срок', 'Основания для отказа', 'Правила п. 12 часть 1'],
    ['en-GB', 'en', 'Deadline', 'Grounds for refusal', 'Rules para. 12 part 1'],
  ] as const)(
    'in %s: title, deadline of 7 working days, fee of 10 MCI, grounds, the paragraph cited in the page language',
    async (locale, lang, deadline, grounds, source) => {
      const context = await visitor(web.browser, web.server, { locale });
      const page = await context.newPage();
      await page.goto(`/services/${FLAG}`);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(flagTitle[lang]);
      const body = (await page.locator('main').textContent()) ?? '';
      expect(body).toContain(deadline);
      // Seed 000, annex 2 row 3: 7 working days; row 6: 10 MCI.
      expect(body).toMatch(/7/);
      expect(body).toContain('10');
      expect(body).toContain(source);
      // The seeds are Kazakh: the ru/en texts are marked as Ruqsat's translation, the kk ones are not.
      const translated = { kk: null, ru: 'перевод Ruqsat', en: 'Ruqsat’s translation' }[lang];
      if (translated === null) expect(body).not.toMatch(/перевод Ruqsat|Ruqsat’s translation/u);
      else expect(body).toContain(translated);
      expect(body).toContain(grounds);
      // The process diagram, generated from the catalog, is drawn (it loads when scrolled to).
      const diagram = page.locator('.ruqsat-diagram img');
      await diagram.scrollIntoViewIfNeeded();
      await expect
        .poll(() => diagram.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBeGreaterThan(0);
      await checkPage(page, `catalog-service-${lang}`);
      await context.close();
    },
  );

  it('switches the language with the visible switch and remembers it on the next visit', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Мемлекеттік қызметтер' }).waitFor();
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1, name: 'Государственные услуги' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Государственные услуги' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await context.close();
  });
});

describe('the catalog', () => {
  it('lists every service once, finds by a word, filters by provider, with the keyboard only', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    const items = page.locator('main .ruqsat-card-list > li');
    await items.first().waitFor();
    // 18 services: the flag license's two versions (acts 003 and 000) are one service.
    expect(await items.count()).toBe(18);
    await checkPage(page, 'catalog-home-en');
    // The skip link is the first stop of the keyboard and leads to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to main content');
    await page.getByLabel('Search services').fill('flag');
    await expect.poll(() => items.count()).toBe(1);
    await page.getByLabel('Search services').fill('');
    await page.getByLabel('Provider').focus();
    await page.getByLabel('Provider').selectOption({ index: 1 });
    const filtered = await items.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(18);
    await context.close();
  });

  it('works on a 360 px phone screen: nothing wider than the screen', async () => {
    const context = await visitor(web.browser, web.server, { locale: 'kk-KZ', phone: true });
    const page = await context.newPage();
    await page.goto(`/services/${FLAG}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(page, 'catalog-service-phone-kk');
    await context.close();
  });
});
