import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectStatus,
  launchChromium,
  newPage,
  region,
  type RunningApp,
  screenshot,
  skipAfterFirstFailure,
  startBuiltApp,
} from './browser.js';

/**
 * The individual's own pages on a 390 px phone, in Chromium, as Tor (the demo's adult with an established plan)
 * walks them: the demo sign-in, my SIPs, the overview, the plan, approving version 1 himself, and his own words
 * before the next meeting. Each page fits the screen, passes axe and is kept as a screenshot.
 */

const phone = { width: 390, height: 844 };

/** The page once its data is in: no wider than the screen, accessible, and kept as a screenshot. */
async function expectFits(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(scrollWidth, `${name} is ${String(scrollWidth)} px wide`).toBeLessThanOrEqual(phone.width);
  await expectAccessible(page, name);
  await screenshot(page, `individual-${name}`);
}

describe('the individual’s side on a 390 px phone, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
    page = await newPage(browser, phone);
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  it('offers the demo sign-in, marked as a demo with made-up people', async () => {
    await page.goto(`${app.url}/mina`);
    await page.getByRole('heading', { name: 'Logga in och se din SIP', level: 1 }).waitFor();
    const demo = region(page, 'Prova som en påhittad person');
    expect(await demo.innerText()).toContain('Det här är en demo. Personerna är påhittade');
    // No staff menu on this side.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await expectFits(page, '01-sign-in');
  });

  it('signs Tor in and lists his SIP', async () => {
    await page.getByRole('button', { name: 'Prova som Tor Exempelsson' }).click();
    await page.getByRole('heading', { name: 'Mina SIP:ar', level: 1 }).waitFor();
    await page.getByText('Inloggad som Tor Exempelsson').waitFor();
    await page.getByRole('link', { name: 'Din SIP' }).waitFor();
    expect(await page.getByText('Det finns en ny plan som väntar på ditt svar.').count()).toBe(1);
    await expectFits(page, '02-my-sips');
  });

  it('opens the overview: what happens now, who keeps the plan together, the plan waiting for an answer', async () => {
    await page.getByRole('link', { name: 'Din SIP' }).click();
    await page.getByRole('heading', { name: 'Din SIP', level: 1 }).waitFor();
    await page.getByText('Planen är klar.', { exact: false }).waitFor();
    expect(await region(page, 'Vem håller ihop planen?').innerText()).toContain('Maria Nilsson');
    await expectFits(page, '03-overview');
  });

  it('reads the plan in plain words, with its versions', async () => {
    await page.getByRole('link', { name: 'Läs planen och svara' }).click();
    await page.getByRole('heading', { name: 'Planen', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Det här behöver jag', level: 2 }).waitFor();
    expect(await page.getByText('Stöd i vardagen hemma och en samlad kontakt med vården.').count()).toBe(1);
    expect(await region(page, 'Alla versioner av planen').innerText()).toContain('Inte godkänd än.');
    await expectFits(page, '04-plan');
  });

  it('approves version 1 himself, recorded as approved with e-ID', async () => {
    await region(page, 'Godkänner du planen?').getByRole('button', { name: 'Jag godkänner planen' }).click();
    await expectStatus(page, 'Tack! Du har godkänt version 1 av planen.');
    const versions = region(page, 'Alla versioner av planen');
    await versions.getByText('med e-legitimation här', { exact: false }).waitFor();
    // Gone once the page has read the plan again (it does after the approval); the wait fails if it stays.
    await page.getByRole('button', { name: 'Jag godkänner planen' }).waitFor({ state: 'detached' });
    await expectFits(page, '05-approved');
  });

  it('shows the version on its own page, and the overview asks nothing more', async () => {
    await region(page, 'Alla versioner av planen').getByRole('link', { name: 'Läs version 1' }).click();
    await page.getByRole('heading', { name: 'Planen, version 1', level: 1 }).waitFor();
    await page.getByText('Det här är versionen som gäller nu.').waitFor();
    await expectFits(page, '06-version');

    await page.getByRole('link', { name: 'Tillbaka till planen' }).click();
    await page.getByRole('link', { name: 'Tillbaka till SIP:en' }).click();
    await page.getByRole('heading', { name: 'Din SIP', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Läs planen och svara' }).count()).toBe(0);
  });

  it('writes his own words before the meeting, kept when he comes back', async () => {
    await page.getByRole('link', { name: 'Inför mötet: vad är viktigt för dig?' }).click();
    await page.getByRole('heading', { name: 'Inför mötet', level: 1 }).waitFor();
    await page
      .getByLabel('Vad är viktigt för mig?')
      .fill('Att jag får ha kvar min kontakt på vårdcentralen.');
    await page.getByLabel('Mina frågor').fill('Kan hemtjänsten komma på förmiddagen?');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expectStatus(page, 'Sparat. De som kommer på mötet kan läsa det.');
    await expectFits(page, '07-preparation');

    await page.reload();
    const questions = page.getByLabel('Mina frågor');
    await expect.poll(() => questions.inputValue()).toBe('Kan hemtjänsten komma på förmiddagen?');
    await page.getByRole('link', { name: 'Tillbaka till SIP:en' }).click();
    await page.getByRole('heading', { name: 'Din SIP', level: 1 }).waitFor();
  });

  it('keeps to a calm, narrow column on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: 'Läs planen', exact: true }).click();
    await page.getByRole('heading', { name: 'Planen', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, '08-plan-wide');
    await screenshot(page, 'individual-08-plan-wide');
    await page.setViewportSize(phone);
  });

  it('signs out back to the sign-in page, which speaks English too', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { name: 'Logga in och se din SIP', level: 1 }).waitFor();
    await page.goto(`${app.url}/mina`);
    await page.getByRole('heading', { name: 'Logga in och se din SIP', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'Sign in and see your SIP', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Try as Tor Exempelsson' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await expectFits(page, '09-sign-in-english');
  });
});
