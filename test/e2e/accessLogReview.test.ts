import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchChromium,
  screenshot,
  signedIn,
  startBuiltApp,
  type RunningApp,
} from './browser.js';

/**
 * The access-log review as a unit manager does it: anna (staff at the primary care centre) opens the demo SIPs
 * her unit takes part in; helena (unit manager there) reviews the log, finds a case by its case number, narrows
 * the log to anna by her name with a low threshold for "many persons in a short time", sees her entries marked,
 * and downloads the same as CSV.
 */

const wait = { timeout: 15_000, interval: 100 };

describe('access-log review, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let helena: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('logs a staff member opening the SIPs of her unit, and offers her no access log', async () => {
    const anna = await signedIn(browser, app.url, 'anna');
    const links = anna.getByRole('main').locator('a[href^="/sips/"]:not([href="/sips/new"])');
    await expect.poll(() => links.count(), wait).toBeGreaterThanOrEqual(2);
    const hrefs = new Set<string>();
    for (const link of await links.all()) hrefs.add((await link.getAttribute('href')) ?? '');
    for (const href of hrefs) {
      await anna.goto(`${app.url}${href}`);
      await anna.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(await anna.getByRole('link', { name: 'Åtkomstlogg' }).count()).toBe(0);
    await anna.context().close();
  });

  it('shows the unit manager her unit’s log, with the page accessible', async () => {
    helena = await signedIn(browser, app.url, 'helena', { unit: 'Vårdcentralen Åsen' });
    await helena
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Åtkomstlogg' })
      .click();
    await helena.getByRole('heading', { name: 'Åtkomstlogg', level: 1 }).waitFor();
    const table = helena.getByRole('table', { name: 'Händelser i åtkomstloggen, senaste först' });
    await table.waitFor();
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: 'Anna Lind' }).count(), wait)
      .toBeGreaterThan(0);
    await helena.getByRole('heading', { name: 'Avvikande mönster' }).waitFor();
    // The introduction says whose accesses a unit manager sees: those of the units she manages.
    await helena
      .getByText(
        'Som enhetschef granskar du de enheter du är chef för: Vuxenpsykiatrin Sörmark och Vårdcentralen Åsen.',
        { exact: false },
      )
      .waitFor();
    await expectAccessible(helena, 'access-log');
    await screenshot(helena, 'access-log-01-all');
  });

  it('finds a case by its case number, typed in lower case, and says so when a number is not in her part', async () => {
    const table = helena.getByRole('table', { name: 'Händelser i åtkomstloggen, senaste först' });
    const caseLink = table.getByRole('link', { name: /^SIP-\d{4}-\d{5}$/ }).first();
    const caseNumber = (await caseLink.innerText()).trim();
    const field = helena.getByLabel('Ärendenummer');

    // What is not a case number is stopped in the form, before it reaches the address.
    await field.fill('Anna Lind');
    await helena.getByRole('button', { name: 'Visa', exact: true }).click();
    await helena.getByText('Skriv ärendenumret som SIP-ÅÅÅÅ-NNNNN').waitFor();
    expect(helena.url()).not.toContain('caseNumber');

    await field.fill(caseNumber.toLowerCase());
    await helena.getByRole('button', { name: 'Visa', exact: true }).click();
    await helena.waitForURL(new RegExp(`caseNumber=${caseNumber}`));
    const rows = table.locator('tbody tr');
    await expect.poll(async () => (await rows.allInnerTexts()).length, wait).toBeGreaterThan(0);
    await expect
      .poll(async () => (await rows.allInnerTexts()).every((text) => text.includes(caseNumber)), wait)
      .toBe(true);
    expect(await helena.getByLabel('Ärendenummer').inputValue()).toBe(caseNumber);
    await expectAccessible(helena, 'access-log-case');
    await screenshot(helena, 'access-log-02-case');

    // A number outside her part of the log (or none at all) finds nothing and says so, the same either way.
    await helena.getByLabel('Ärendenummer').fill('SIP-1999-99999');
    await helena.getByRole('button', { name: 'Visa', exact: true }).click();
    await helena
      .getByRole('status')
      .filter({ hasText: 'SIP-1999-99999 finns inte i din del av loggen' })
      .waitFor();
    await helena.getByText('Inga händelser matchar filtret.').waitFor();
    await expectAccessible(helena, 'access-log-case-unknown');
    await helena.getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => helena.url(), wait).not.toContain('caseNumber');
  });

  it('narrows to one user by her name and marks many persons in a short time, in words', async () => {
    const user = helena.getByLabel('Användare', { exact: true });
    // Typing offers the names in her part of the log.
    await user.fill('anna');
    await expect
      .poll(() => helena.locator('#filter-user-choices option[value="Anna Lind (anna)"]').count(), wait)
      .toBe(1);
    await user.fill('Anna Lind (anna)');
    await helena.getByLabel('Antal olika personer').fill('2');
    await helena.getByLabel('Inom antal minuter').fill('60');
    await helena.getByRole('button', { name: 'Visa', exact: true }).click();
    await helena.waitForURL(/user=/);
    await expect.poll(() => user.inputValue(), wait).toBe('Anna Lind (anna)');
    const table = helena.getByRole('table', { name: 'Händelser i åtkomstloggen, senaste först' });
    const flagged = table.getByRole('row').filter({ hasText: 'Många personer på kort tid' });
    await expect.poll(() => flagged.count(), wait).toBeGreaterThan(0);
    const rows = table.locator('tbody tr');
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Anna Lind');
    await helena.getByText(/Anna Lind \(anna\): som mest \d+ personer/).waitFor();
    expect(await flagged.first().getAttribute('class')).toContain('row-unusual');
    await expectAccessible(helena, 'access-log-filtered');
    await screenshot(helena, 'access-log-03-filtered');
  });

  it('downloads the same entries as CSV', async () => {
    const link = helena.getByRole('link', { name: 'Ladda ner som CSV' });
    expect(await link.getAttribute('href')).toMatch(
      /^\/api\/access-log\/export\.csv\?.*user=.*manyPersons=2/,
    );
    const [download] = await Promise.all([helena.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^atkomstlogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe(
      'Tidpunkt,Användare,Användarnamn,Enhet,Roll,Åtgärd,Person,Identitetsnummer,SIP,Ärendenummer,Klientadress,Skäl,Avvikande mönster',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('Anna Lind,anna,Vårdcentralen Åsen');
    expect(text).toContain('många personer på kort tid');
  });
});
