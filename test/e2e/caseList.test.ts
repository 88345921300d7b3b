import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csrfHeader,
  day,
  expectAccessible,
  expectStatus,
  launchChromium,
  region,
  type RunningApp,
  screenshot,
  signedIn,
  skipAfterFirstFailure,
  startBuiltApp,
  textOf,
} from './browser.js';

/**
 * The start page's case list in the demo county, grown past one page: maria at individual and family care
 * registers needs until her unit takes part in more than 50 SIPs, then filters, pages forward, goes back with
 * the browser, and tries to search by an identity number.
 */

const wait = { timeout: 15_000, interval: 100 };
/** Needs registered through the API, as the new-SIP page would, so the list runs to a second page. */
const registered = 55;

describe('the case list on the start page, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;
  let demoCases: number;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  const shownLine = () => maria.getByText(/^Visar \d+–\d+ av \d+ SIP:ar\.$|^Ingen SIP matchar filtret\.$/);
  const list = () => region(maria, 'SIP:ar där enheten deltar');

  it('shows the first page of the unit’s cases with how many there are', async () => {
    maria = await signedIn(browser, app.url, 'maria');
    const shown = await textOf(shownLine());
    demoCases = Number(/av (\d+) SIP:ar/.exec(shown)?.[1]);
    expect(shown).toBe(`Visar 1–${String(demoCases)} av ${String(demoCases)} SIP:ar.`);
    const headers = await csrfHeader(maria);
    for (let i = 0; i < registered; i++) {
      const created = await maria.request.post(`${app.url}/api/sips`, {
        headers,
        data: {
          person: { idNumber: '19121212-1212', givenName: 'Tove', familyName: 'Testsson' },
          need: {
            initiatorType: 'staff',
            targetGroup: 'other',
            description: `Behov nummer ${String(i + 1)}.`,
          },
        },
      });
      expect(created.status()).toBe(201);
    }
    await maria.reload();
    await expect
      .poll(() => textOf(shownLine()), wait)
      .toBe(`Visar 1–50 av ${String(demoCases + registered)} SIP:ar.`);
    expect(await list().getByRole('row').count()).toBe(51);
    await expectAccessible(maria, 'case-list-first-page');
    await screenshot(maria, 'case-list-01-first-page');
  });

  it('pages forward with the address, and back with the browser', async () => {
    const total = demoCases + registered;
    await list().getByRole('link', { name: 'Nästa sida' }).click();
    await expect
      .poll(() => textOf(shownLine()), wait)
      .toBe(`Visar 51–${String(total)} av ${String(total)} SIP:ar.`);
    expect(maria.url()).toMatch(/[?&]cursor=[^&]+&from=51$/);
    // The count of what is shown has the focus, so reading starts at the new page.
    expect(await textOf(maria.locator(':focus'))).toMatch(/^Visar 51–/);
    expect(await list().getByRole('link', { name: 'Nästa sida' }).count()).toBe(0);
    await expectAccessible(maria, 'case-list-second-page');
    await screenshot(maria, 'case-list-02-second-page');
    await maria.goBack();
    await expect.poll(() => textOf(shownLine()), wait).toBe(`Visar 1–50 av ${String(total)} SIP:ar.`);
  });

  it('filters on the server, keeps the filter in the address, and counts what matches', async () => {
    await list().getByRole('checkbox', { name: 'Behov identifierat' }).check();
    await list().getByLabel('Målgrupp').selectOption({ label: 'Annat' });
    await list().getByRole('button', { name: 'Filtrera' }).click();
    await expect.poll(() => textOf(shownLine()), wait).toBe(`Visar 1–50 av ${String(registered)} SIP:ar.`);
    expect(new URL(maria.url()).search).toBe('?phase=need_identified&targetGroup=other');
    for (const row of (await list().getByRole('row').allInnerTexts()).slice(1)) {
      expect(row).toContain('Behov identifierat');
      expect(row).toContain('Annat');
    }
    await expectAccessible(maria, 'case-list-filtered');
    await screenshot(maria, 'case-list-03-filtered');

    await list().getByLabel('Ärendenummer').fill('99999');
    await list().getByRole('button', { name: 'Filtrera' }).click();
    await expect.poll(() => textOf(shownLine()), wait).toBe('Ingen SIP matchar filtret.');
    await list().getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => new URL(maria.url()).search, wait).toBe('');
  });

  it('stops a search by identity number at the field, so it never reaches the address', async () => {
    const before = maria.url();
    const field = list().getByLabel('Ärendenummer');
    await field.fill('19121212-1212');
    await list().getByRole('button', { name: 'Filtrera' }).click();
    await list().getByText('Det ser ut som ett personnummer.', { exact: false }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await maria.locator(':focus').getAttribute('id')).toBe('sip-filter-case-number');
    expect(maria.url()).toBe(before);
    await expectAccessible(maria, 'case-list-refused-search');
  });

  it('enters a follow-up meeting held on paper while Samplan was down, marked as entered afterwards', async () => {
    const page = await maria.request.get(`${app.url}/api/sips?phase=plan_established&limit=100`);
    const tor = ((await page.json()) as { items: { id: string; personName: string }[] }).items.find(
      (item) => item.personName === 'Tor Exempelsson',
    )!;
    await maria.goto(`${app.url}/sips/${tor.id}/meeting`);
    const meeting = region(maria, 'Möte och kallelser');
    await meeting.getByRole('button', { name: 'Efterregistrera ett möte' }).click();
    await meeting.getByLabel('Datum').fill(day({ days: -1 }));
    await meeting.getByLabel('Starttid').fill('10:00');
    await meeting.getByLabel('Sluttid').fill('11:00');
    await meeting.getByRole('textbox', { name: 'Plats' }).fill('Socialkontoret, Ekby');
    const units = meeting.getByRole('group', { name: /^Enheter som var med/ });
    await units.getByRole('checkbox', { name: 'Vårdcentralen Åsen' }).check();
    await units.getByRole('checkbox', { name: 'Hemtjänst och äldreomsorg Ekby' }).check();
    await meeting
      .getByRole('group', { name: /^Hemtjänst och äldreomsorg Ekby/ })
      .getByRole('radio', { name: 'Frånvarande med återbud' })
      .check();
    await meeting.getByRole('checkbox', { name: 'Personen var med' }).check();
    await expectAccessible(maria, 'held-meeting-form');
    await screenshot(maria, 'held-meeting-01-form');
    await meeting.getByRole('button', { name: 'Spara mötet' }).click();
    await expectStatus(maria, 'Mötet är efterregistrerat.');
    await expect.poll(() => textOf(meeting), wait).toContain('Efterregistrerat');
    // The events are a page of their own, one click from the case.
    await maria.getByRole('link', { name: /^Visa alla händelser/ }).click();
    await expect
      .poll(() => textOf(region(maria, 'Händelser')), wait)
      .toContain('Ett möte efterregistrerades');
    await maria.goBack();
    await screenshot(maria, 'held-meeting-02-entered');
  });

  it('offers the reserve routine: a blank plan and invitation letter to print in advance', async () => {
    await maria.getByRole('link', { name: 'Reservblanketter' }).click();
    await maria
      .getByRole('heading', { name: 'Samordnad individuell plan (SIP) – reservblankett', level: 1 })
      .waitFor();
    const plan = await textOf(maria.getByRole('main'));
    for (const point of [
      '1. Behov',
      '2. Mål',
      '5. Tidsplan',
      '6. Samordnare',
      '7. Uppföljning',
      'region och kommun',
    ])
      expect(plan).toContain(point);
    await expectAccessible(maria, 'reserve-plan');
    await screenshot(maria, 'reserve-01-plan');
    await maria.getByRole('link', { name: 'Kallelse till SIP-möte' }).click();
    await maria.getByRole('heading', { name: 'Kallelse till SIP-möte', level: 1 }).waitFor();
    expect(await textOf(maria.getByRole('main'))).toContain('skyldiga att delta');
    await expectAccessible(maria, 'reserve-invitation');
    await screenshot(maria, 'reserve-02-invitation');
  });
});
