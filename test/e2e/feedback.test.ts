import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchChromium,
  newPage,
  openPart,
  screenshot,
  signedIn,
  startBuiltApp,
  type RunningApp,
} from './browser.js';

/**
 * Feedback after the demo county's held meeting: the convener (maria) makes a card for Tor's meeting; on a phone,
 * without signing in, the card's link opens the form, which is answered with the keyboard alone; the link then
 * refuses a second answer. The server's log never holds the token.
 */

const phone = { width: 390, height: 844 };
const wait = { timeout: 15_000 };

describe('feedback after a meeting in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let feedbackPath = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets the convener make a single-use card with a link and a QR code for a held meeting', async () => {
    const maria = await signedIn(browser, app.url, 'maria');
    await maria.getByRole('row').filter({ hasText: 'Tor Exempelsson' }).getByRole('link').first().click();
    // The card is offered with the meeting it is about, in the case's Möte part.
    await openPart(maria, 'Möte');
    const section = maria.getByRole('region', { name: 'Feedback från den enskilde' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Skapa feedbackkort' }).click();
    const card = section.locator('.feedback-card');
    await card.getByRole('heading', { name: 'Tyck till om SIP-mötet' }).waitFor();
    await expect.poll(() => card.getByRole('img', { name: 'QR-kod till formuläret' }).count()).toBe(1);
    const url = (await card.locator('.feedback-url').textContent()) ?? '';
    feedbackPath = new URL(url).pathname;
    expect(feedbackPath).toMatch(/^\/feedback\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(maria, 'feedback-card');
    await screenshot(maria, 'feedback-01-card');
    await maria.context().close();
  });

  it('takes the answers on a phone without signing in, by keyboard alone, and thanks the person', async () => {
    const person = await newPage(browser, phone);
    person.setDefaultTimeout(wait.timeout);
    await person.goto(`${app.url}${feedbackPath}`);
    await person.getByRole('heading', { name: 'Vad tyckte du om SIP-mötet?', level: 1 }).waitFor();
    await expectAccessible(person, 'feedback-form');
    await screenshot(person, 'feedback-02-form');

    // Sending with nothing chosen names what is missing and leaves the link unused.
    await person.getByRole('button', { name: 'Skicka mina svar' }).focus();
    await person.keyboard.press('Enter');
    await person.getByRole('alert').filter({ hasText: 'Det saknas svar på' }).waitFor();
    await expectAccessible(person, 'feedback-form-missing');

    // Each question is a radio group: Tab reaches it, arrows choose within it.
    const groups = [
      ['Blev du bemött med respekt?', 4],
      ['Fick du vara med och bestämma?', 3],
      ['Handlade mötet om det som är viktigt för dig?', 4],
      ['Var mötet välordnat?', 2],
      ['Fick du den information du behövde?', 6],
      ['Vet du vad som händer nu och när planen ska följas upp?', 5],
    ] as const;
    for (const [question, steps] of groups) {
      const group = person.getByRole('group', { name: question });
      await group.getByRole('radio').first().focus();
      await person.keyboard.press('Space');
      for (let step = 1; step < steps; step++) await person.keyboard.press('ArrowRight');
    }
    expect(
      await person
        .getByRole('group', { name: 'Var mötet välordnat?' })
        .getByRole('radio', { checked: true })
        .getAttribute('value'),
    ).toBe('2');
    expect(
      await person
        .getByRole('group', { name: 'Fick du den information du behövde?' })
        .getByRole('radio', { checked: true })
        .getAttribute('value'),
    ).toBe('dontKnow');
    await person.keyboard.press('Tab');
    await person.keyboard.type('Bra att alla var där.');
    expect(await person.getByLabel('Vill du säga något mer? (frivilligt)').inputValue()).toBe(
      'Bra att alla var där.',
    );
    await person.keyboard.press('Tab');
    await person.keyboard.press('Enter');
    await person.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    await expectAccessible(person, 'feedback-thanks');
    await screenshot(person, 'feedback-03-thanks');
    await person.context().close();
  });

  it('refuses a second use of the link with a clear message, and never logs the token', async () => {
    const again: Page = await newPage(browser, phone);
    again.setDefaultTimeout(wait.timeout);
    await again.goto(`${app.url}${feedbackPath}`);
    await again.getByRole('heading', { name: 'Det går inte att svara med den här länken' }).waitFor();
    await again.getByRole('alert').filter({ hasText: 'redan använts' }).waitFor();
    await expectAccessible(again, 'feedback-used');
    await screenshot(again, 'feedback-04-used');
    await again.context().close();

    const token = feedbackPath.split('/').pop()!;
    expect(app.log()).toContain('/api/feedback/:token');
    expect(app.log()).not.toContain(token);
  });

  it('shows the county coordinator no result while fewer than five have answered', async () => {
    const lotta = await signedIn(browser, app.url, 'lotta');
    await lotta
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Feedback' })
      .click();
    await lotta.getByRole('heading', { name: 'Feedback efter SIP-möten', level: 1 }).waitFor();
    await lotta.getByText('Färre än 5 svar – resultatet visas inte.').waitFor();
    await expectAccessible(lotta, 'feedback-results');
    await screenshot(lotta, 'feedback-05-results');
    await lotta.context().close();
  });
});
