import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import {
  expectAccessible,
  expectStatus,
  launchChromium,
  region,
  type RunningApp,
  screenshot,
  signedIn,
  startBuiltApp,
} from './browser.js';

/**
 * Deviations and county settings in the demo county: the administrator sets a deadline and an escalation level
 * (adult psychiatry stands in for an interface group) and sends a test mail to a real SMTP server; karin records primary care absent without notice at the
 * ward's SIP meeting; helena, manager at the primary care centre, finds the deviation on her start page and
 * escalates it; acting for adult psychiatry she then handles it and closes it with a resolution.
 */

const wait = { timeout: 15_000, interval: 100 };

async function navigate(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link }).click();
}

describe('deviations and county settings, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let helena: Page;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    [app, browser] = await Promise.all([startBuiltApp({ SMTP_URL: mail.url }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await mail?.close();
  });

  it('lets the administrator change a deadline and the escalation path, and keeps who did it', async () => {
    const admin = await signedIn(browser, app.url, 'admin');
    await navigate(admin, 'Länsinställningar');
    await admin.getByRole('heading', { name: 'Länets inställningar', level: 1 }).waitFor();
    const days = admin.getByLabel('Kallelse till SIP efter utskrivningsklar');
    expect(await days.inputValue()).toBe('3');
    await admin.getByText('Ingen eskaleringsväg är inlagd').waitFor();
    await expectAccessible(admin, 'settings');
    await screenshot(admin, 'deviations-01-settings');

    // Out of range: the server names the field, and nothing is saved.
    await days.fill('31');
    await admin.getByRole('button', { name: 'Spara inställningar' }).click();
    await admin.locator('#dischargeInvitationDays-error').waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');

    await days.fill('4');
    await admin.getByRole('button', { name: 'Lägg till nivå' }).click();
    const level = admin.getByRole('group', { name: 'Nivå 1' });
    await level.getByLabel('Namn på svenska').fill('Gränssnittsgruppen');
    await level.getByLabel('Namn på engelska').fill('Interface group');
    await level
      .getByLabel('Enhet som hanterar nivån')
      .selectOption({ label: 'Vuxenpsykiatrin Sörmark (Region Sörmark)' });
    await admin.getByRole('button', { name: 'Spara inställningar' }).click();
    await expectStatus(admin, 'Inställningarna är sparade.');
    expect(await admin.getByLabel('Kallelse till SIP efter utskrivningsklar').inputValue()).toBe('4');
    await admin.getByText(/Senast ändrade .* av Samplan förvaltning\./).waitFor();
    const changes = admin.getByRole('table').filter({ hasText: 'Ändrade inställningar' });
    await changes
      .getByRole('row')
      .filter({ hasText: 'Kallelse efter utskrivningsklar, Eskaleringsväg' })
      .waitFor();
    await expectAccessible(admin, 'settings-saved');
    await screenshot(admin, 'deviations-02-settings-saved');

    await admin.getByLabel('Skicka till e-postadress').fill('forvaltning@sormark.example');
    await admin.getByRole('button', { name: 'Skicka provmeddelande' }).click();
    await expectStatus(admin, 'Provmeddelandet är skickat till forvaltning@sormark.example.');
    const [received] = await mail.waitFor((m) => m.to.includes('forvaltning@sormark.example'));
    expect(received!.parsed.subject).toBe('Provmeddelande från Samplan / Test message from Samplan');
    await admin.context().close();
  });

  it('raises a deviation for an obliged unit absent without notice, and takes one reported by hand', async () => {
    const karin = await signedIn(browser, app.url, 'karin');
    expect(await karin.getByRole('link', { name: 'Länsinställningar' }).count()).toBe(0);
    await karin.getByRole('row').filter({ hasText: 'Olle Demosson' }).getByRole('link').first().click();
    const attendance = region(karin, 'Närvaro på mötet');
    await attendance.waitFor();
    await attendance
      .getByRole('group', { name: /^Vårdcentralen Åsen/ })
      .getByRole('radio', { name: 'Frånvarande utan återbud' })
      .check();
    await attendance
      .getByRole('group', { name: /^Hemtjänst och äldreomsorg Ekby/ })
      .getByRole('radio', { name: 'Närvarande' })
      .check();
    await attendance.getByRole('checkbox', { name: 'Personen var med' }).check();
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await expectStatus(karin, 'Närvaron är sparad.');

    // By hand, from the case: a disagreement about who is responsible, to the home care's manager.
    await karin.getByRole('link', { name: 'Rapportera avvikelse' }).click();
    await karin.getByRole('heading', { name: /^Rapportera avvikelse i SIP-/, level: 1 }).waitFor();
    await karin.getByRole('button', { name: 'Skicka avvikelse' }).click();
    await karin.locator('#deviation-kind-error').waitFor();
    await karin.getByLabel('Typ av avvikelse').selectOption({ label: 'Oenighet om ansvar' });
    await karin
      .getByLabel('Vilken enhet gäller avvikelsen?')
      .selectOption({ label: 'Hemtjänst och äldreomsorg Ekby (Ekby kommun)' });
    await karin
      .getByLabel('Beskriv vad som hänt')
      .fill('Oklart om hemtjänsten eller hemsjukvården ansvarar för läkemedelshanteringen.');
    await expectAccessible(karin, 'report-deviation');
    await screenshot(karin, 'deviations-03-report');
    await karin.getByRole('button', { name: 'Skicka avvikelse' }).click();
    await karin.getByRole('heading', { name: /^Avvikelse i SIP-/, level: 1 }).waitFor();
    const facts = region(karin, 'Oenighet om ansvar');
    await expect.poll(() => facts.innerText(), wait).toContain('Karin Ek, Medicinavdelning 3');
    expect(await facts.innerText()).toContain('Hemtjänst och äldreomsorg Ekby (Enhetens chef)');
    await karin.getByText('Det finns inget för dig att göra med avvikelsen just nu.').waitFor();
    await karin.context().close();
  });

  it('shows the manager the deviation on her start page, without the individual’s name', async () => {
    helena = await signedIn(browser, app.url, 'helena', { unit: 'Vårdcentralen Åsen' });
    const section = region(helena, 'Avvikelser att hantera');
    await section.waitFor();
    const row = section.getByRole('row').filter({ hasText: 'Uteblev utan att meddela' });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Öppen');
    expect(text).toContain('Enhetens chef');
    expect(await section.innerText()).not.toContain('Olle');
    await expectAccessible(helena, 'start-with-deviation');
    await screenshot(helena, 'deviations-04-start-page');

    await row.getByRole('link').click();
    await helena.getByRole('heading', { name: /^Avvikelse i SIP-/, level: 1 }).waitFor();
    await helena.getByText('Upptäckt av Samplan').first().waitFor();
    expect(await helena.getByRole('main').innerText()).not.toContain('Olle');
    await expectAccessible(helena, 'deviation-open');
    await screenshot(helena, 'deviations-05-deviation-open');
  });

  it('escalates it to the level the administrator set, with a note', async () => {
    await helena.getByRole('button', { name: 'Eskalera till Gränssnittsgruppen' }).click();
    const form = helena.locator('#deviation-escalate-panel');
    // An empty note is refused by the server, naming the field.
    await form.getByRole('button', { name: 'Eskalera till Gränssnittsgruppen' }).click();
    await form.locator('#deviation-escalate-text-error').waitFor();
    await form
      .getByLabel('Varför kan avvikelsen inte lösas här?')
      .fill('Enheten saknade bemanning; rutinen för återbud behöver ses över i samverkan.');
    await expectAccessible(helena, 'deviation-escalate-form');
    await form.getByRole('button', { name: 'Eskalera till Gränssnittsgruppen' }).click();
    await expectStatus(helena, 'Avvikelsen är eskalerad.');
    const facts = region(helena, 'Uteblev utan att meddela');
    await expect
      .poll(() => facts.innerText(), wait)
      .toContain('Vuxenpsykiatrin Sörmark (Gränssnittsgruppen)');
    await helena.getByText('Det finns inget för dig att göra med avvikelsen just nu.').waitFor();
    await screenshot(helena, 'deviations-06-escalated');
  });

  it('lets the escalation level handle it and close it with a resolution, all in the history', async () => {
    await helena.getByRole('link', { name: 'Byt enhet' }).click();
    await helena.getByRole('button', { name: /Vuxenpsykiatrin/ }).click();
    const section = region(helena, 'Avvikelser att hantera');
    const row = section.getByRole('row').filter({ hasText: 'Eskalerad' });
    await row.waitFor();
    await row.getByRole('link').click();
    await helena.getByRole('button', { name: 'Markera som hanterad' }).click();
    const handle = helena.locator('#deviation-handle-panel');
    await handle.getByLabel('Vad har gjorts?').fill('Genomgång med båda enheterna.');
    await handle.getByRole('button', { name: 'Markera som hanterad' }).click();
    await expectStatus(helena, 'Avvikelsen är markerad som hanterad.');

    await helena.getByRole('button', { name: 'Avsluta med lösning' }).click();
    const close = helena.locator('#deviation-close-panel');
    await close
      .getByLabel('Hur löstes avvikelsen?')
      .fill('Ny rutin för återbud beslutad i gränssnittsgruppen.');
    await close.getByRole('button', { name: 'Avsluta med lösning' }).click();
    await expectStatus(helena, 'Avvikelsen är avslutad.');
    const history = region(helena, 'Historik');
    await expect.poll(() => history.locator('tbody tr').count(), wait).toBe(4);
    const steps = await history.locator('tbody tr').allInnerTexts();
    expect(steps[0]).toContain('Samplan');
    expect(steps[1]).toContain('Öppen → Eskalerad');
    expect(steps[2]).toContain('Eskalerad → Hanterad');
    expect(steps[3]).toContain('Hanterad → Avslutad');
    await expectAccessible(helena, 'deviation-closed');
    await screenshot(helena, 'deviations-07-closed');

    await navigate(helena, 'Avvikelser');
    await helena.getByRole('heading', { name: 'Avvikelser', level: 1 }).waitFor();
    await helena.getByText('Inga avvikelser väntar på dig.').waitFor();
    await helena.getByRole('link', { name: 'Alla jag kan se' }).click();
    await helena.getByRole('row').filter({ hasText: 'Avslutad' }).waitFor();
    await expectAccessible(helena, 'deviation-list');
    await screenshot(helena, 'deviations-08-list');
  });
});
