import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/db/seed/demoCounty.js';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  signIn,
  startBuiltApp,
  type RunningApp,
} from './browser.js';

describe('signing in, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets a user with two units sign in, choose a unit, switch language and sign out', async () => {
    const page = await newPage(browser);
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Logga in' }).isVisible()).toBe(true);
    await expectAccessible(page, 'login');
    await screenshot(page, '00-login');

    await signIn(page, app.url, 'helena', 'fel-lösenord');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Fel användarnamn eller lösenord.');
    await expectAccessible(page, 'login-error');

    await signIn(page, app.url, 'helena', demoPassword);
    await page.getByRole('heading', { name: 'Välj enhet' }).waitFor();
    await expectAccessible(page, 'choose-unit');
    await screenshot(page, '01-choose-unit');
    await page.getByRole('button', { name: /Vårdcentralen Åsen/ }).click();
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Vårdcentralen Åsen');

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('works on a tablet-sized screen', async () => {
    const page = await newPage(browser, { width: 768, height: 1024 });
    await signIn(page, app.url, 'maria', demoPassword);
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    await expectAccessible(page, 'start-tablet');
    await screenshot(page, '02-start-tablet');
    await page.context().close();
  });

  it('offers each role only what the server lets it do', async () => {
    const menuOf = async (username: string) => {
      const page = await newPage(browser);
      await signIn(page, app.url, username, demoPassword);
      await page.getByRole('heading', { name: 'Start' }).waitFor();
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
      const links = await menu.allInnerTexts();
      const newSipButton = await page.getByRole('main').getByRole('link', { name: 'Ny SIP' }).count();
      await page.context().close();
      return { links, newSipButton };
    };
    // Case workers start SIPs and discharges and handle deviations.
    expect(await menuOf('maria')).toEqual({
      links: ['Start', 'Ny SIP', 'Utskrivning', 'Vägledning', 'Avvikelser'],
      newSipButton: 1,
    });
    // The county's statistics coordinator sees aggregates: no way into a form it could not send.
    expect(await menuOf('lotta')).toEqual({
      links: ['Start', 'Vägledning', 'Statistik', 'Feedback'],
      newSipButton: 0,
    });
    const admin = await menuOf('admin');
    expect(admin.links).not.toContain('Ny SIP');
    expect(admin.links).not.toContain('Utskrivning');
    expect(admin.links).toContain('Länsinställningar');
    expect(admin.newSipButton).toBe(0);
  });

  it('goes back to the sign-in page when the session is gone', async () => {
    const page = await newPage(browser);
    await signIn(page, app.url, 'maria', demoPassword);
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    // As when the session expires or is ended elsewhere: the next request is refused as not signed in.
    await page.context().clearCookies({ name: 'samplan_session' });
    // The next request the app makes is refused as not signed in: this click's, unless the start page's own
    // refresh of its lists gets there first and the sign-in page is already showing.
    await page
      .getByRole('link', { name: 'Ny SIP' })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await page.context().close();
  });
});
