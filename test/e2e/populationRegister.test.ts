import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectStatus,
  launchChromium,
  screenshot,
  signedIn,
  skipAfterFirstFailure,
  startBuiltApp,
  textOf,
  type RunningApp,
} from './browser.js';
import { luhn } from '../support/luhn.js';

/**
 * The new-SIP page with the demo's population register: name and address fill in from the identity number, a
 * protected identity's address is never shown, and a number the register does not know is typed by hand.
 */

/** Two of the demo register's fictional persons (src/server/populationRegister/demoRegister.ts). */
const tilda = '19790312-9828';
const nora = '19920805-9841';
/** A valid number that is in no register. */
const unknown = `19860521-238${luhn('860521238')}`;

/** The labelled fact in the person's details, e.g. "Namn". */
async function fact(page: Page, label: string): Promise<string> {
  return textOf(
    page
      .locator('.fact')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd'),
  );
}

describe('the population register on the new-SIP page, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
    maria = await signedIn(browser, app.url, 'maria');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  async function search(idNumber: string): Promise<void> {
    await maria.getByLabel('Personnummer eller samordningsnummer').fill(idNumber);
    await maria.getByRole('button', { name: 'Sök' }).click();
  }

  it('fills in name and address from the register after the identity number', async () => {
    await maria.getByRole('main').getByRole('link', { name: 'Ny SIP' }).click();
    await maria.getByRole('heading', { name: 'Ny SIP', level: 1 }).waitFor();
    await search(tilda);
    await expectStatus(maria, 'Namn och adress är hämtade från demoregistret');
    expect(await fact(maria, 'Namn')).toBe('Tilda Provsson');
    expect(await fact(maria, 'Adress')).toBe('Exempelvägen 12, 123 45 Ekby');
    // Read, not typed: no name fields to fill in, the phone still the user's to add.
    expect(await maria.getByLabel('Förnamn').count()).toBe(0);
    await maria.getByLabel('Telefon').waitFor();
    await expectAccessible(maria, 'new-sip-register');
    await screenshot(maria, 'register-found');
  });

  it('shows a protected person without an address, and keeps it out of the case', async () => {
    await search(nora);
    await expectStatus(maria, 'Namn och adress är hämtade från demoregistret');
    expect(await fact(maria, 'Namn')).toBe('Nora Hemlund');
    expect(await fact(maria, 'Adress')).toBe('Visas inte – skyddad identitet');
    await maria
      .getByText('Personen har skyddad identitet enligt folkbokföringen.', { exact: false })
      .waitFor();
    expect(await maria.getByLabel('Adress').count()).toBe(0);
    expect(await maria.content()).not.toContain('Tallstigen');
    await expectAccessible(maria, 'new-sip-register-protected');
    await screenshot(maria, 'register-protected');

    await maria.getByLabel('Målgrupp').selectOption({ label: 'Psykisk ohälsa' });
    await maria
      .getByLabel('Varför behövs samordning?')
      .fill('Behöver stöd från både vården och socialtjänsten.');
    await maria.getByRole('button', { name: 'Skapa SIP' }).click();
    await maria.waitForURL(/\/sips\/[^/]+$/);
    await maria.getByText(/^SIP-\d{4}-\d{5}$/).waitFor();
    const page = await maria.content();
    expect(page).not.toContain('Tallstigen');
    expect(page).not.toContain('Hemlund');
  });

  it('lets the user type name and address when the register finds nobody', async () => {
    await maria.goto(`${app.url}/sips/new`);
    await maria.getByRole('heading', { name: 'Ny SIP', level: 1 }).waitFor();
    await search(unknown);
    await expectStatus(maria, 'Folkbokföringen har ingen person med det numret.');
    await maria.getByLabel('Förnamn').fill('Manuell');
    await maria.getByLabel('Efternamn').fill('Inmatning');
    await maria.getByLabel('Adress').fill('Handskriven väg 1, 123 45 Ekby');
    await expectAccessible(maria, 'new-sip-register-not-found');
  });
});
