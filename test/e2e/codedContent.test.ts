import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchChromium,
  openPart,
  type RunningApp,
  screenshot,
  signedIn,
  skipAfterFirstFailure,
  startBuiltApp,
} from './browser.js';

const wait = { timeout: 15_000, interval: 100 };
const ksi = 'http://example.se/ksi-urval';

/**
 * Coded content in the browser: the system administrator loads a code system from a CSV file on its page, the
 * coordinator codes a goal of the demo's established plan with the combobox, and the print view shows the code
 * with its display. Every page visited is checked with axe.
 */
describe('coded content, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;
  let casePath = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  it('loads a code system from a file on the code systems page, and names the bad rows of another', async () => {
    const admin = await signedIn(browser, app.url, 'admin');
    await admin.getByRole('link', { name: 'Kodsystem' }).click();
    await admin.getByRole('heading', { name: 'Kodsystem', level: 1 }).waitFor();
    const file = (rows: string[]) => ({
      name: 'ksi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['system;code;display', ...rows].join('\r\n'), 'utf8'),
    });
    await admin
      .getByLabel('CSV-fil')
      .setInputFiles(file([`${ksi};PAA-DA-ZZ;Hemtjänst`, `${ksi};QAA-AA-AA;Samtalsstöd`]));
    await admin.getByLabel('Kodsystemets namn').fill('KSI (urval)');
    await admin.getByRole('button', { name: 'Läs in' }).click();
    await admin.getByText('KSI (urval) är inläst med 2 koder.').waitFor(wait);
    const loaded = admin.getByRole('row', { name: /KSI \(urval\)/ });
    await loaded.waitFor(wait);
    expect(await loaded.textContent()).toContain(ksi);

    await admin.getByLabel('CSV-fil').setInputFiles(file([`${ksi};;Utan kod`]));
    await admin.getByRole('button', { name: 'Läs in' }).click();
    await admin
      .getByRole('alert')
      .getByText(/Rad 2: koden saknas/)
      .waitFor(wait);
    await expectAccessible(admin, 'code systems');
    await screenshot(admin, 'coded-content-01-code-systems');
    await admin.context().close();
  });

  it('codes a goal of the plan with the combobox, and the print view shows the code', async () => {
    maria = await signedIn(browser, app.url, 'maria');
    const list = await maria.request.get(`${app.url}/api/sips?phase=plan_established&limit=100`);
    const tor = ((await list.json()) as { items: { id: string; personName: string }[] }).items.find(
      (item) => item.personName === 'Tor Exempelsson',
    )!;
    casePath = `/sips/${tor.id}`;
    await maria.goto(`${app.url}${casePath}`);
    await openPart(maria, 'Plan');
    await maria.getByRole('button', { name: 'Ändra planen' }).click();
    const goal = maria.getByRole('group', { name: 'Mål 1' });
    const combobox = goal.getByRole('combobox', { name: /Lägg till kod/ });
    await combobox.fill('hemtj');
    const option = maria.getByRole('option', { name: /PAA-DA-ZZ Hemtjänst/ });
    await option.waitFor(wait);
    await expectAccessible(maria, 'plan editor with codes');
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await goal.getByRole('button', { name: 'Ta bort koden PAA-DA-ZZ Hemtjänst' }).waitFor();
    await maria.getByLabel(/Varför ändras planen/).fill('Målet klassas med KSI.');
    await maria.getByRole('button', { name: 'Spara ändringen som ny version' }).click();
    await maria.getByRole('button', { name: 'Ändra planen' }).waitFor(wait);
    await screenshot(maria, 'coded-content-02-plan');

    await maria.goto(`${app.url}${casePath}/print`);
    const document = maria.locator('.print-document');
    await document.getByText('Hemtjänst', { exact: false }).first().waitFor(wait);
    const printed = (await document.textContent()) ?? '';
    expect(printed).toContain('PAA-DA-ZZ Hemtjänst');
    // The demo's sample of ICF codes, on its needs and goals.
    expect(printed).toContain('d230 Att genomföra daglig rutin');
    await expectAccessible(maria, 'print with codes');
    await screenshot(maria, 'coded-content-03-print');
  });
});
