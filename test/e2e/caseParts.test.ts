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
  skipAfterFirstFailure,
  startBuiltApp,
  textOf,
} from './browser.js';

/**
 * The case page a part at a time, each part at its own address: maria opens Tor Exempelsson's established plan
 * in the demo county by its addresses, moves between the parts by mouse and keyboard, goes back, reloads, follows
 * an address of the old one-page case, and reads the case on a 390 px and a 320 px phone.
 */

const wait = { timeout: 15_000, interval: 100 };

describe('the parts of the case page by address, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;
  let casePath = '';

  const parts = () => maria.getByRole('navigation', { name: 'Ärendets delar' });
  const path = () => new URL(maria.url()).pathname;
  // Strings, as the page runs them: the tests' type check knows no DOM.
  const focused = () => maria.evaluate<string>("document.activeElement?.textContent ?? ''");
  const pageWidth = () => maria.evaluate<number>('document.documentElement.scrollWidth');

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
    maria = await signedIn(browser, app.url, 'maria');
    const list = await maria.request.get(`${app.url}/api/sips?phase=plan_established&limit=100`);
    const tor = ((await list.json()) as { items: { id: string; personName: string }[] }).items.find(
      (item) => item.personName === 'Tor Exempelsson',
    )!;
    casePath = `/sips/${tor.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  it('opens the case on the part where its next step is taken, with what to do next on top', async () => {
    await maria.goto(`${app.url}${casePath}`);
    // The plan's first version waits for the individual's approval: the first step of the two the phase asks.
    await expect.poll(path, wait).toBe(`${casePath}/plan`);
    await region(maria, 'Planen').waitFor();
    expect(await parts().getByRole('link', { name: 'Plan', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await parts().locator('[aria-current="page"]').count()).toBe(1);
    const next = region(maria, 'Nästa steg');
    expect(await next.getByRole('link', { name: 'Följ upp planen' }).getAttribute('href')).toBe(
      `${casePath}/follow-up`,
    );
    expect(
      await next
        .getByRole('link', { name: 'Registrera personens godkännande av planen' })
        .getAttribute('href'),
    ).toBe(`${casePath}/plan#versions`);
    // What the law and routine ask now stands in the part the case opens on.
    await region(maria, /^Att tänka på nu/).waitFor();
    // Only the part shown is on the page.
    expect(await region(maria, 'Samtycke').count()).toBe(0);
    expect(await region(maria, 'Möte och kallelser').count()).toBe(0);
    expect(await maria.title()).toMatch(/^Plan – SIP-\d{4}-\d{5} – Samplan$/);
    await expectAccessible(maria, 'case-part-plan');
    await screenshot(maria, 'case-parts-01-plan');
  });

  it('opens a part by its address, moves focus to it, and goes back and reloads to the same part', async () => {
    await maria.goto(`${app.url}${casePath}/consent`);
    const consent = region(maria, 'Samtycke');
    await consent.waitFor();
    expect(await textOf(consent)).toContain('Samtycke givet');
    expect(await region(maria, 'Planen').count()).toBe(0);
    // The guidance of now belongs to the plan, not to a part visited for reference.
    expect(await region(maria, /^Att tänka på nu/).count()).toBe(0);

    await openPart(maria, 'Möte');
    expect(path()).toBe(`${casePath}/meeting`);
    await region(maria, 'Möte och kallelser').waitFor();
    await expect.poll(focused, wait).toBe('Möte och kallelser');
    expect(await maria.title()).toMatch(/^Möte – SIP-/);
    await expectAccessible(maria, 'case-part-meeting');

    await maria.goBack();
    await expect.poll(path, wait).toBe(`${casePath}/consent`);
    await region(maria, 'Samtycke').waitFor();
    expect(await region(maria, 'Möte och kallelser').count()).toBe(0);
    await maria.goForward();
    await expect.poll(path, wait).toBe(`${casePath}/meeting`);

    await maria.reload();
    await region(maria, 'Möte och kallelser').waitFor();
    expect(path()).toBe(`${casePath}/meeting`);
    expect(await parts().getByRole('link', { name: 'Möte', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('moves between the parts by keyboard', async () => {
    const preparation = parts().getByRole('link', { name: 'Förberedelse', exact: true });
    await preparation.focus();
    await maria.keyboard.press('Enter');
    await expect.poll(path, wait).toBe(`${casePath}/preparation`);
    // The link and the part's heading read alike: wait for the heading itself, or the Tab below starts from the link.
    await expect
      .poll(() => maria.evaluate<string>('document.activeElement?.id ?? ""'), wait)
      .toBe('preparation-title');
    expect(await focused()).toBe('Förberedelse');
    // From the part's heading the next Tab goes on into the part, not back to the top.
    await maria.keyboard.press('Tab');
    const inPart = await maria.evaluate<string>(
      "document.activeElement?.closest('section')?.getAttribute('aria-labelledby') ?? ''",
    );
    expect(inPart).toBe('preparation-title');
  });

  it('follows the next step to its section within a part', async () => {
    await region(maria, 'Nästa steg').getByRole('link', { name: 'Registrera personens godkännande' }).click();
    await expect.poll(() => new URL(maria.url()).hash, wait).toBe('#versions');
    expect(path()).toBe(`${casePath}/plan`);
    await expect.poll(focused, wait).toBe('Versioner av planen');
  });

  it('takes an address of the one-page case, or of no part, to a part', async () => {
    await maria.goto(`${app.url}${casePath}#follow-up`);
    await expect.poll(path, wait).toBe(`${casePath}/follow-up`);
    await region(maria, 'Uppföljning').waitFor();
    await maria.goto(`${app.url}${casePath}#attendance`);
    await expect.poll(path, wait).toBe(`${casePath}/meeting`);
    await maria.goto(`${app.url}${casePath}/no-such-part`);
    await expect.poll(path, wait).toBe(`${casePath}/plan`);
    // The redirect took the address's place: back leads to the page before, not to the address refused.
    await maria.goBack();
    await expect.poll(path, wait).toBe(`${casePath}/meeting`);
  });

  it('keeps the events apart, one link away, and comes back to the part', async () => {
    await maria.goto(`${app.url}${casePath}/follow-up`);
    await maria.getByRole('link', { name: /^Visa alla händelser/ }).click();
    await expect.poll(path, wait).toBe(`${casePath}/history`);
    await region(maria, 'Händelser').getByRole('table').waitFor();
    await expectAccessible(maria, 'case-history');
    await maria.goBack();
    await expect.poll(path, wait).toBe(`${casePath}/follow-up`);
    await region(maria, 'Uppföljning').waitFor();
  });

  for (const width of [390, 320]) {
    it(`fits the parts on a ${String(width)} px phone`, async () => {
      await maria.setViewportSize({ width, height: 800 });
      await maria.goto(`${app.url}${casePath}/plan`);
      await region(maria, 'Versioner av planen').waitFor();
      await maria.waitForLoadState('networkidle');
      const links = parts().getByRole('link');
      expect(await links.count()).toBeGreaterThan(4);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      expect(await pageWidth()).toBeLessThanOrEqual(width);
      await openPart(maria, 'Möte');
      expect(await pageWidth()).toBeLessThanOrEqual(width);
      await expectAccessible(maria, `case-parts-${String(width)}`);
      await screenshot(maria, `case-parts-02-meeting-${String(width)}`);
    });
  }
});
