import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectStatus,
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
 * Guidance in the tool, in the demo county: the system administrator (admin) rewrites the county's routine text
 * for consent, with headings, a list, a link, and what an attacker would try (a script, an image with an error
 * handler, a javascript: link), and sees it rendered with none of that reaching the page. Maria, new to Samplan,
 * sees the first-time guide on the start page, opens the guidance for consent in Tor's case with one click (and
 * by keyboard), reads it in English too, and closes the guide for good. Karin finds the discharge guidance on a
 * discharge process.
 */

const wait = { timeout: 15_000, interval: 100 };

const routine = [
  '## Samtycke i Sörmark',
  '',
  'Fråga alltid om samtycke **innan** någon kallas.',
  '',
  '- Skriv vilka verksamheter som får dela uppgifter.',
  '- Skriv om närstående får delta.',
  '',
  'Läs mer i [länets överenskommelse](https://example.se/sip).',
  '',
  '<script>window.injected = "script"</script>',
  '',
  '<img src="saknas.png" onerror="window.injected = \'img\'">',
  '',
  "[Klicka här](javascript:window.injected='link')",
].join('\n');

describe('guidance in the tool, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Page;
  let maria: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  const injected = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { injected?: string }).injected ?? null);

  it("lets the system administrator rewrite a step's routine text and see it rendered safely", async () => {
    admin = await signedIn(browser, app.url, 'admin');
    await admin
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Vägledning' })
      .click();
    await admin.getByRole('heading', { name: 'Vägledning', level: 1 }).waitFor();
    const consent = region(admin, 'Samtycke');
    // The demo county's own routine, with the law's wording beside it.
    await consent.getByRole('heading', { name: 'Samtycke först' }).waitFor();
    expect(await textOf(consent)).toContain('Hälso- och sjukvårdslag (2017:30), 16 kap. 4 § första stycket');
    await expectAccessible(admin, 'guidance-page-admin');

    await consent.getByRole('button', { name: 'Ändra rutintexten' }).click();
    await consent.getByLabel('Rutintext för Samtycke').fill(routine);
    // The preview shows the text as readers will see it, before it is saved.
    await consent.getByRole('heading', { name: 'Samtycke i Sörmark', level: 4 }).waitFor();
    await expectAccessible(admin, 'guidance-editor');
    await screenshot(admin, 'guidance-01-editor');
    await consent.getByRole('button', { name: 'Spara som ny version' }).click();
    await expectStatus(admin, 'Rutintexten för Samtycke är sparad som version 2.');

    expect(await consent.getByRole('listitem').filter({ hasText: 'Skriv om närstående' }).count()).toBe(1);
    const link = consent.getByRole('link', { name: 'länets överenskommelse' });
    expect(await link.getAttribute('href')).toBe('https://example.se/sip');
    expect(await textOf(consent)).toMatch(
      /Version 2, senast ändrad \d{4}-\d\d-\d\d \d\d:\d\d av Samplan förvaltning\./,
    );
    // Nothing of the attack reached the page: no script, no image, no javascript: link; the link's words stay.
    expect(await consent.locator('script, img, iframe').count()).toBe(0);
    expect(await consent.locator('a[href^="javascript" i]').count()).toBe(0);
    await consent.getByText('Klicka här', { exact: true }).waitFor();
    expect(await injected(admin)).toBeNull();

    await consent.getByRole('button', { name: 'Visa tidigare versioner' }).click();
    const versions = consent.getByRole('listitem').filter({ hasText: /^Version \d – / });
    await expect.poll(() => versions.count(), wait).toBe(2);
    expect(await textOf(versions.first())).toMatch(/^Version 2 – .* – Samplan förvaltning$/);
    await expectAccessible(admin, 'guidance-versions');
    await screenshot(admin, 'guidance-02-saved');
  });

  it('shows a new user the first-time guide on the start page, beside everything else', async () => {
    maria = await signedIn(browser, app.url, 'maria');
    const guide = region(maria, 'Ny i Samplan? Så kommer du igång');
    expect(await textOf(guide)).toContain('Samtycket kommer först.');
    expect(
      await guide.getByRole('link', { name: 'blanketterna för reservrutinen' }).getAttribute('href'),
    ).toBe('/reserve/plan');
    // It blocks nothing: the case list is there and usable below it.
    await region(maria, 'SIP:ar där enheten deltar').getByRole('row').nth(1).waitFor();
    await expectAccessible(maria, 'start-first-guide');
    await screenshot(maria, 'guidance-03-first-guide');
  });

  it('opens the guidance for a step of the case with one click, and closes it by keyboard', async () => {
    await region(maria, 'SIP:ar där enheten deltar')
      .getByRole('row')
      .filter({ hasText: 'Tor Exempelsson' })
      .getByRole('link')
      .first()
      .click();
    await maria.getByRole('heading', { name: 'Tor Exempelsson', level: 1 }).waitFor();
    await openPart(maria, 'Samtycke');
    const toggle = region(maria, 'Samtycke').getByRole('button', { name: 'Vägledning för Samtycke' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    const panel = region(maria, 'Vägledning för Samtycke');
    await panel.getByRole('heading', { name: 'Samtycke i Sörmark' }).waitFor();
    const text = await textOf(panel);
    expect(text).toContain('Länets rutin');
    expect(text).toContain('Lagens text');
    expect(text).toContain('om den enskilde samtycker till att den upprättas');
    expect(text).toContain('Offentlighets- och sekretesslag (2009:400), 12 kap. 2 § första stycket');
    expect(await panel.locator('script, img').count()).toBe(0);
    expect(await panel.locator('a[href^="javascript" i]').count()).toBe(0);
    expect(await injected(maria)).toBeNull();
    expect(await panel.getByRole('link', { name: 'All vägledning' }).getAttribute('href')).toBe(
      '/guidance#guidance-consent',
    );
    await expectAccessible(maria, 'case-guidance-open');
    await screenshot(maria, 'guidance-04-case-panel');

    // By keyboard: the button takes the focus visibly, and Enter closes the panel.
    await toggle.focus();
    await maria.keyboard.press('Shift+Tab');
    await maria.keyboard.press('Tab');
    const focused = region(maria, 'Samtycke').locator('button:focus-visible');
    expect(await focused.textContent()).toBe('Vägledning för Samtycke');
    expect(await maria.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await maria.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await maria.getByRole('region', { name: 'Vägledning för Samtycke' }).count()).toBe(0);
  });

  it('shows the law in Swedish, marked so, with an English heading and summary in English', async () => {
    await maria.getByRole('button', { name: 'Language: English' }).click();
    const toggle = region(maria, 'Consent').getByRole('button', { name: 'Guidance for Consent' });
    await toggle.click();
    const panel = region(maria, 'Guidance for Consent');
    await panel.getByRole('heading', { name: 'The Swedish statute text' }).waitFor();
    const statutes = panel.locator('figure[lang="sv"]');
    expect(await statutes.count()).toBe(3);
    expect(await textOf(statutes.first())).toContain('ska regionen tillsammans med kommunen upprätta');
    expect(await textOf(panel)).toContain('The plan is made only if the person consents.');
    expect(await panel.locator('[lang="sv"]').filter({ hasText: 'Samtycke i Sörmark' }).count()).toBe(1);
    await expectAccessible(maria, 'case-guidance-english');
    await screenshot(maria, 'guidance-05-english');
    await maria.getByRole('button', { name: 'Språk: svenska' }).click();
    await maria.getByRole('heading', { name: 'Lagens text' }).waitFor();
  });

  it('closes the first-time guide for good, and keeps it on the guidance page', async () => {
    await maria.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    const guide = region(maria, 'Ny i Samplan? Så kommer du igång');
    await guide.getByRole('button', { name: 'Klar, visa inte igen' }).click();
    await expect.poll(() => guide.count(), wait).toBe(0);
    // Remembered by the server, not the browser: a fresh load does not bring it back.
    await maria.reload();
    await maria.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
    await region(maria, 'SIP:ar där enheten deltar').getByRole('row').nth(1).waitFor();
    expect(await maria.getByRole('region', { name: 'Ny i Samplan? Så kommer du igång' }).count()).toBe(0);

    await maria
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Vägledning' })
      .click();
    const again = region(maria, 'Ny i Samplan? Så kommer du igång');
    expect(await textOf(again)).toContain('Varje steg på SIP-sidan har en knapp Vägledning');
    expect(await again.getByRole('button').count()).toBe(0);
    // An ordinary user reads the guidance but has nothing to edit.
    expect(await maria.getByRole('button', { name: 'Ändra rutintexten' }).count()).toBe(0);
    await expectAccessible(maria, 'guidance-page-staff');
  });

  it('has the discharge guidance on a discharge process', async () => {
    const karin = await signedIn(browser, app.url, 'karin');
    await karin
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utskrivning' })
      .click();
    await karin.getByRole('link', { name: 'Bertil Sjö' }).first().click();
    await karin.getByRole('heading', { name: 'Bertil Sjö', level: 1 }).waitFor();
    await karin.getByRole('button', { name: 'Vägledning för Utskrivning från sluten vård' }).click();
    const panel = region(karin, 'Vägledning för Utskrivning från sluten vård');
    await panel.getByRole('heading', { name: 'Utskrivning från sluten vård', level: 3 }).waitFor();
    expect(await textOf(panel)).toContain(
      'Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård, 1 kap. 2 §',
    );
    await expectAccessible(karin, 'discharge-guidance');
    await screenshot(karin, 'guidance-06-discharge');
  });
});
