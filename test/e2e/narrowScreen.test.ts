import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchChromium,
  openPart,
  region,
  type RunningApp,
  screenshot,
  signedIn,
  startBuiltApp,
} from './browser.js';

/**
 * Every page of the demo county on a 390 px phone, as the users who work with it: nothing scrolls sideways, the
 * header's menu folds behind one button that works by keyboard, tables stand as lists with each value under its
 * column's name, and every page still passes axe.
 */

const phone = { width: 390, height: 844 };

/** The page as it is, once its data is in: no wider than the screen, accessible, and kept as a screenshot. */
async function expectFits(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Strings, as the page runs them: the server's type check knows no DOM.
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  const innerWidth = await page.evaluate<number>('window.innerWidth');
  expect(
    scrollWidth,
    `${name} is ${String(scrollWidth)} px wide on a ${String(innerWidth)} px screen`,
  ).toBeLessThanOrEqual(innerWidth);
  await expectAccessible(page, name);
  await screenshot(page, `narrow-${name}`);
}

/** The column name the first table cell under `selector` shows above its value, as CSS content ("…"). */
async function shownLabel(page: Page, selector: string): Promise<string> {
  // The rows arrive after the page: wait for the first cell before reading it.
  await page.locator(`${selector} tbody td`).first().waitFor();
  const cell = `document.querySelector(${JSON.stringify(`${selector} tbody td`)})`;
  return page.evaluate<string>(`getComputedStyle(${cell}, '::before').content`);
}

describe('every page on a 390 px phone, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function visit(page: Page, path: string, heading: string | RegExp, name: string): Promise<void> {
    await page.goto(`${app.url}${path}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await expectFits(page, name);
  }

  it('folds the menu behind one button that opens, closes and leads on by keyboard', async () => {
    const maria = await signedIn(browser, app.url, 'maria', { viewport: phone });
    const menuButton = maria.getByRole('button', { name: 'Meny' });
    const menu = maria.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);
    await expectFits(maria, '01-start');

    await menuButton.focus();
    await maria.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await menu.waitFor();
    await maria.keyboard.press('Tab');
    expect(await maria.locator(':focus').textContent()).toBe('Start');
    await expectFits(maria, '02-menu-open');

    await maria.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);
    expect(await maria.locator(':focus').textContent()).toBe('Meny');

    // Following a link closes the menu on the page it leads to.
    await menuButton.click();
    await menu.getByRole('link', { name: 'Ny SIP' }).click();
    await maria.getByRole('heading', { name: 'Ny SIP', level: 1 }).waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await expectFits(maria, '03-new-sip');
    await maria.context().close();
  });

  it('shows the coordinator the case page with its invitations as a list, the plan editor and the print', async () => {
    const maria = await signedIn(browser, app.url, 'maria', { viewport: phone });
    const sips = region(maria, 'SIP:ar där enheten deltar');
    // The list is a table still, each row a card whose values carry their column's name.
    expect(await shownLabel(maria, '.sip-list')).toBe('"Person"');
    expect(await sips.getByRole('columnheader', { name: 'Ärende' }).count()).toBe(1);
    // Tor's case, with its meeting held and its plan established (the demo's child case comes first, newer).
    const tor = sips.getByRole('row').filter({ hasText: 'Exempelsson' });
    await tor.getByRole('link', { name: /^SIP-\d{4}-\d{5}$/ }).click();
    await maria.locator('main h1').waitFor();
    await expectFits(maria, '04-case');

    // The parts of the case wrap on the phone; the meeting and the plan are one tap away.
    await openPart(maria, 'Möte');
    const invitations = maria.getByRole('table', { name: 'Kallade enheter' });
    expect(await invitations.getByRole('row').count()).toBeGreaterThan(1);
    expect(await shownLabel(maria, '[aria-label="Kallade enheter"]')).toBe('"Svar"');
    const card = await invitations.locator('tbody tr').first().boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(phone.width);

    await openPart(maria, 'Plan');
    await maria.getByRole('button', { name: 'Ändra planen' }).click();
    await maria.getByRole('button', { name: 'Spara ändringen som ny version' }).waitFor();
    await expectFits(maria, '05-plan-editor');
    await maria.getByRole('button', { name: 'Avbryt ändringen' }).click();

    const casePath = new URL(maria.url()).pathname.replace(/\/plan$/, '');
    await visit(maria, `${casePath}/print`, 'Samordnad individuell plan', '06-print');
    await visit(
      maria,
      '/reserve/plan',
      'Samordnad individuell plan (SIP) – reservblankett',
      '07-reserve-plan',
    );
    await visit(maria, '/reserve/invitation', 'Kallelse till SIP-möte', '08-reserve-invitation');
    await maria.context().close();
  });

  it('fits the coordinator’s other pages', async () => {
    const maria = await signedIn(browser, app.url, 'maria', { viewport: phone });
    await visit(maria, '/deviations', 'Avvikelser', '09-deviations');
    await visit(maria, '/guidance', 'Vägledning', '10-guidance');
    await visit(maria, '/templates', 'Mallar för planen', '11-templates');
    await visit(maria, '/notification-preferences', 'E-postaviseringar', '12-notification-preferences');
    await maria.context().close();
  });

  it('fits primary care’s discharge list, a discharge and a new admission', async () => {
    const anna = await signedIn(browser, app.url, 'anna', { viewport: phone });
    await visit(anna, '/discharges', 'Utskrivning från slutenvård', '13-discharges');
    await anna.locator('main table a[href^="/discharges/"]').first().click();
    await anna.locator('main h1').waitFor();
    await expectFits(anna, '14-discharge');
    await anna.context().close();

    const karin = await signedIn(browser, app.url, 'karin', { viewport: phone });
    await visit(karin, '/discharges/new', 'Nytt inskrivningsmeddelande', '15-new-admission');
    await karin.context().close();
  });

  it('fits the unit manager’s access log, deviations and a deviation', async () => {
    const helena = await signedIn(browser, app.url, 'helena', {
      viewport: phone,
      unit: 'Vårdcentralen Åsen',
    });
    await visit(helena, '/access-log', 'Åtkomstlogg', '16-access-log');
    expect(await shownLabel(helena, '.access-log-table')).toBe('"Användare"');
    await visit(helena, '/deviations', 'Avvikelser', '17-deviations');
    await helena.locator('main table a[href^="/deviations/"]').first().click();
    await helena.locator('main h1').waitFor();
    await expectFits(helena, '18-deviation');
    await helena.context().close();
  });

  it('fits the county coordinator’s statistics, yearly report and feedback', async () => {
    const lotta = await signedIn(browser, app.url, 'lotta', { viewport: phone });
    await visit(lotta, '/statistics', 'Statistik', '19-statistics');
    await visit(lotta, '/statistics/report', /^Årsrapport \d{4}$/, '20-statistics-report');
    await visit(lotta, '/feedback-results', 'Feedback efter SIP-möten', '21-feedback-results');
    await lotta.context().close();
  });

  it('fits the administrator’s settings, templates, guidance and outbox', async () => {
    const admin = await signedIn(browser, app.url, 'admin', { viewport: phone });
    await visit(admin, '/settings', 'Länets inställningar', '22-settings');
    await visit(admin, '/templates', 'Mallar för planen', '23-templates');
    await visit(admin, '/guidance', 'Vägledning', '24-guidance');
    await visit(admin, '/outbox', 'Utkorg för e-post', '25-outbox');
    await admin.context().close();
  });
});
