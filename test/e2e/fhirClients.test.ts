import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectStatus,
  launchChromium,
  type RunningApp,
  screenshot,
  signedIn,
  startBuiltApp,
} from './browser.js';

/**
 * The demo county's system administrator lets the primary care centre's record system read SIPs through FHIR:
 * registers it with the keyboard, widens what it may read, and disables it. A case worker is offered no such page.
 */

describe('the administrators’ page for FHIR clients, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('registers a system, changes its scopes and disables it', async () => {
    const admin = await signedIn(browser, app.url, 'admin');
    await admin
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'FHIR-klienter' })
      .click();
    await admin.getByRole('heading', { name: 'System som läser SIP via FHIR', level: 1 }).waitFor();
    await admin.getByText('Inga system är registrerade än.').waitFor();
    await expectAccessible(admin, 'fhir-clients-empty');

    // Nothing filled in: each field says what it needs, and the first takes the focus.
    await admin.getByRole('button', { name: 'Registrera' }).click();
    await admin.locator('#fhir-scopes-error').filter({ hasText: 'Välj minst en behörighet.' }).waitFor();
    expect(await admin.locator('#fhir-name:focus').count()).toBe(1);
    await expectAccessible(admin, 'fhir-clients-incomplete');

    await admin.getByLabel(/^Namn/).fill('Journalsystemet på Vårdcentralen Åsen');
    await admin.getByLabel(/^Klient-id/).fill('vc-asen-journal');
    await admin.getByLabel(/^Agerar som enhet/).selectOption({ label: 'Vårdcentralen Åsen' });
    const scopes = admin.getByRole('group', { name: 'Behörigheter' });
    for (const scope of ['Läsa och söka möten (Appointment)', 'Läsa och söka personer (Patient)']) {
      await scopes.getByRole('checkbox', { name: scope }).focus();
      await admin.keyboard.press('Space');
    }
    await admin.getByRole('button', { name: 'Registrera' }).click();
    await expectStatus(admin, 'Systemet Journalsystemet på Vårdcentralen Åsen är registrerat.');
    const card = admin.getByRole('listitem').filter({
      has: admin.getByRole('heading', { name: 'Journalsystemet på Vårdcentralen Åsen' }),
    });
    await card.getByText('vc-asen-journal').waitFor();
    expect(await card.textContent()).toContain('Vårdcentralen Åsen, Region Sörmark');
    expect(await card.getByRole('listitem').allTextContents()).toEqual([
      'Läsa och söka möten (Appointment)',
      'Läsa och söka personer (Patient)',
    ]);
    await expectAccessible(admin, 'fhir-clients-registered');
    await screenshot(admin, 'fhir-clients-01-registered');

    // The same client id again is refused at its field.
    await admin.getByLabel(/^Namn/).fill('Kopia');
    await admin.getByLabel(/^Klient-id/).fill('vc-asen-journal');
    await admin.getByLabel(/^Agerar som enhet/).selectOption({ label: 'Vårdcentralen Åsen' });
    await scopes.getByRole('checkbox', { name: 'Läsa och söka möten (Appointment)' }).check();
    await admin.getByRole('button', { name: 'Registrera' }).click();
    await admin.locator('#fhir-clientId-error').filter({ hasText: 'klient-id' }).waitFor();

    await card
      .getByRole('button', { name: 'Ändra behörigheter för Journalsystemet på Vårdcentralen Åsen' })
      .click();
    await card
      .getByRole('checkbox', { name: 'Läsa och söka organisationer och enheter (Organization)' })
      .check();
    await expectAccessible(admin, 'fhir-clients-change-scopes');
    await card.getByRole('button', { name: 'Spara behörigheter' }).click();
    await expectStatus(admin, 'Behörigheterna för Journalsystemet på Vårdcentralen Åsen är sparade.');
    await card.getByRole('listitem').filter({ hasText: '(Organization)' }).waitFor();

    await card.getByRole('button', { name: 'Stäng av Journalsystemet på Vårdcentralen Åsen' }).click();
    await card.getByText(/Stänga av Journalsystemet på Vårdcentralen Åsen\?/).waitFor();
    await card.getByRole('button', { name: 'Stäng av', exact: true }).click();
    await expectStatus(admin, 'Systemet Journalsystemet på Vårdcentralen Åsen är avstängt.');
    await card.getByText(/^Avstängd /).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await expectAccessible(admin, 'fhir-clients-disabled');
    await screenshot(admin, 'fhir-clients-02-disabled');
    await admin.context().close();
  });

  it('offers a case worker no FHIR clients page', async () => {
    const anna = await signedIn(browser, app.url, 'anna');
    expect(await anna.getByRole('link', { name: 'FHIR-klienter' }).count()).toBe(0);
    await anna.context().close();
  });
});
