import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenIdentityProvider, type IdentityProvider } from '../support/identityProvider.js';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  startBuiltApp,
  type RunningApp,
} from './browser.js';

// The demo county's made-up HSA ids (src/db/seed/demoCounty.ts).
const vardcentralen = 'SE2321000099-REGION-VC';
const ifoEkby = 'SE2321000099-EKBY-IFO';

describe('single sign-on through the county identity provider, in Chromium', () => {
  let provider: IdentityProvider;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    provider = await listenIdentityProvider();
    [app, browser] = await Promise.all([startBuiltApp(provider.env()), launchChromium()]);
    provider.serve(`${app.url}/api/auth/oidc/callback`, {
      'sofia.sso': {
        name: 'Sofia Lind',
        preferred_username: 'sofia.lind',
        email: 'sofia.lind@example.se',
        commissions: [{ unit: vardcentralen, role: 'Verksamhetschef' }],
      },
      'tore.sso': {
        name: 'Tore Berg',
        preferred_username: 'tore.berg',
        commissions: [vardcentralen, { unit: ifoEkby, role: 'staff' }],
      },
      'okand.sso': {
        name: 'Okänd Person',
        preferred_username: 'okand',
        commissions: ['SE0000000000-NOWHERE'],
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  });

  /** From Samplan's sign-in page, through the provider's own form, and back. */
  async function signInThroughProvider(page: Page, login: string): Promise<void> {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Logga in med Region Sörmarks inloggning' }).click();
    await page.locator('input[name="login"]').waitFor();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vilket-som-helst');
    await page.locator('button[type="submit"]').click();
  }

  it('offers sign-in through the organisation first, accessibly', async () => {
    const page = await newPage(browser);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Logga in med Region Sörmarks inloggning' }).waitFor();
    // The password form stays available as the second way in.
    await page.getByLabel('Användarnamn').waitFor();
    await expectAccessible(page, 'login-single-sign-on');
    await screenshot(page, '40-login-single-sign-on');
    await page.context().close();
  });

  it('signs a unit manager in, with the role and unit the provider states', async () => {
    const page = await newPage(browser);
    await signInThroughProvider(page, 'sofia.sso');
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.url);
    const header = await page.locator('header').textContent();
    expect(header).toContain('Sofia Lind');
    expect(header).toContain('Vårdcentralen Åsen');
    const me = (await (await page.request.get(`${app.url}/api/me`)).json()) as {
      units: { role: string }[];
    };
    expect(me.units.map((unit) => unit.role)).toEqual(['unit_manager']);
    await expectAccessible(page, 'start-after-single-sign-on');
    await screenshot(page, '41-start-after-single-sign-on');
    await page.context().close();
  });

  it('lets a user with commissions in two organisations choose the unit to act for', async () => {
    const page = await newPage(browser);
    await signInThroughProvider(page, 'tore.sso');
    await page.getByRole('heading', { name: 'Välj enhet' }).waitFor();
    await page.getByRole('button', { name: /Individ- och familjeomsorgen Ekby/ }).click();
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Individ- och familjeomsorgen Ekby');
    await page.context().close();
  });

  it('explains, on the sign-in page, why someone without a commission cannot come in', async () => {
    const page = await newPage(browser);
    await signInThroughProvider(page, 'okand.sso');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Du har inget uppdrag i någon enhet som finns i Samplan');
    expect(page.url()).toContain('sign_in_error=no_commission');
    // Not signed in: the sign-in page, not the app.
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await expectAccessible(page, 'login-single-sign-on-refused');
    await screenshot(page, '42-login-single-sign-on-refused');
    await page.context().close();
  });
});
