import type { Browser } from 'playwright-core';
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
 * Mail without a mail server: the demo county's invitations, and a cancellation karin makes on the ward's SIP
 * for Olle, land in the local outbox, where the system administrator reads them — with no name or identity
 * number in them. anna, a case worker, chooses her own e-mail notices and is offered no outbox.
 */

const wait = { timeout: 15_000, interval: 100 };

describe('the local outbox and e-mail notices, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets the convener cancel a meeting with a reason', async () => {
    const karin = await signedIn(browser, app.url, 'karin');
    const sipLink = karin.getByRole('main').locator('a[href^="/sips/"]:not([href="/sips/new"])').first();
    await sipLink.click();
    await openPart(karin, 'Möte');
    const meeting = region(karin, 'Möte och kallelser');
    await meeting.getByRole('button', { name: 'Ställ in mötet' }).click();
    await meeting
      .getByRole('textbox', { name: /Varför ställs mötet in/ })
      .fill('Olle är inte utskrivningsklar än');
    await expectAccessible(karin, 'meeting-cancel-form');
    await meeting.getByRole('button', { name: 'Ställ in mötet nu' }).click();
    await karin.getByText('Mötet är inställt. Alla kallade har fått besked.').waitFor();
    await expect.poll(() => meeting.textContent(), wait).toContain('Inställt');
    await expect.poll(() => meeting.textContent(), wait).toContain('Olle är inte utskrivningsklar än');
    await expectAccessible(karin, 'meeting-cancelled');
    await screenshot(karin, 'outbox-01-meeting-cancelled');
    await karin.context().close();
  });

  it('shows the administrator the invitations and the cancellation in the local outbox', async () => {
    const admin = await signedIn(browser, app.url, 'admin');
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utkorg' }).click();
    await admin.getByRole('heading', { name: 'Utkorg för e-post', level: 1 }).waitFor();
    const table = admin.getByRole('table', { name: 'E-post, senaste först' });
    await table.waitFor();
    const cancellations = table.getByRole('row').filter({ hasText: 'SIP-mötet är inställt' });
    // The delivery loop files the mail a moment after the change; the page shows it on a reload.
    await expect
      .poll(async () => {
        await admin.reload();
        await table.waitFor();
        return cancellations.filter({ hasText: 'Lokal' }).count();
      }, wait)
      .toBeGreaterThanOrEqual(2);
    expect(
      await table.getByRole('row').filter({ hasText: 'Kallelse till SIP-möte' }).count(),
    ).toBeGreaterThan(0);
    const first = cancellations.first();
    await first.getByText('Visa texten').click();
    const text = (await first.locator('pre').textContent()) ?? '';
    expect(text).toContain('/sips/');
    expect(text).toContain('In English');
    const page = (await table.textContent()) ?? '';
    for (const secret of ['Olle', 'Demosson', 'utskrivningsklar än', 'Videolänk'])
      expect(page).not.toContain(secret);
    await expectAccessible(admin, 'outbox');
    await screenshot(admin, 'outbox-02-local-mail');

    await admin.getByLabel('Status').selectOption({ label: 'Skickad' });
    await admin.getByText('Ingen e-post att visa.').waitFor();
    await admin.context().close();
  });

  it('lets a case worker choose her e-mail notices, and offers her no outbox', async () => {
    const anna = await signedIn(browser, app.url, 'anna');
    expect(await anna.getByRole('link', { name: 'Utkorg' }).count()).toBe(0);
    // What was mailed is on her unit's start page too, linking to the case.
    const notices = anna.getByRole('region', { name: 'Aviseringar' });
    await notices.getByRole('link', { name: 'Ett möte har ställts in' }).first().waitFor();
    expect(await notices.getByRole('link', { name: 'Ny kallelse till SIP-möte' }).count()).toBeGreaterThan(0);
    await expectAccessible(anna, 'start-notices');
    await screenshot(anna, 'outbox-03-start-notices');
    await anna.getByRole('link', { name: 'E-postaviseringar', exact: true }).click();
    await anna.getByRole('heading', { name: 'E-postaviseringar', level: 1 }).waitFor();
    const group = anna.getByRole('group', { name: 'Skicka e-post till mig när' });
    const tomorrow = group.getByRole('checkbox', { name: 'Påminnelse dagen före ett möte' });
    expect(await tomorrow.isChecked()).toBe(false);
    expect(await group.getByRole('checkbox', { name: 'Ny kallelse till SIP-möte' }).isChecked()).toBe(true);
    await tomorrow.focus();
    await anna.keyboard.press('Space');
    await anna.getByRole('button', { name: 'Spara valen' }).click();
    await anna.getByText('Dina val är sparade.').waitFor();
    await expectAccessible(anna, 'notification-preferences');
    await screenshot(anna, 'outbox-04-notification-preferences');
    await anna.reload();
    await anna.getByRole('heading', { name: 'E-postaviseringar', level: 1 }).waitFor();
    expect(
      await anna
        .getByRole('group', { name: 'Skicka e-post till mig när' })
        .getByRole('checkbox', { name: 'Påminnelse dagen före ett möte' })
        .isChecked(),
    ).toBe(true);
    await anna.context().close();
  });
});
