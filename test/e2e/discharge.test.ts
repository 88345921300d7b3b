import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  day,
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
 * Discharge from inpatient care (lag 2017:612) as the demo county does it in the browser: the ward (karin) sends
 * an admission notice and declares the patient ready; primary care (anna) names herself the named care contact,
 * starts the SIP and invites within the deadline. The demo county's late discharge shows as late in words, and
 * its deviation reaches the primary care centre's manager (helena). A second admission, declared ready after the
 * fact and left without a SIP, reaches her too once the scheduler has swept: as a deviation about the discharge,
 * never naming the patient.
 */

/** How long to wait for the page to show what it should; far above what a step takes. */
const wait = { timeout: 15_000, interval: 100 };

/** A valid, fictional personnummer (born 1944-09-12); the demo seed uses other numbers. */
const idNumber = '19440912-2381';
const personName = 'Astrid Testqvist';
/** Admitted six days ago and ready five days ago: left without a SIP, past its deadline. */
const leftLate = { idNumber: '19330303-1235', givenName: 'Tage', familyName: 'Testlund' };

describe('discharge from inpatient care, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let karin: Page;
  let anna: Page;
  let helena: Page;
  let processUrl = '';

  beforeAll(async () => {
    // The scheduler sweeps every second, so a passed deadline is seen within the test's patience.
    [app, browser] = await Promise.all([
      startBuiltApp({ SCHEDULER_INTERVAL_SECONDS: '1' }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  it("shows the ward its discharges by deadline, the demo county's late one said in words", async () => {
    karin = await signedIn(browser, app.url, 'karin');
    await karin
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utskrivning' })
      .click();
    await karin.getByRole('heading', { name: 'Utskrivning från slutenvård', level: 1 }).waitFor();
    const toInvite = region(karin, 'Att kalla till SIP');
    const rows = toInvite.getByRole('row');
    await expect.poll(() => rows.count(), wait).toBe(3);
    // Nearest deadline first: the late one, then the one still in time.
    expect(await textOf(rows.nth(1))).toMatch(/^Bertil Sjö .* Försenad – skulle ha kallats senast /);
    expect(await textOf(rows.nth(2))).toMatch(/^Gun Åberg .* I tid – kalla senast /);
    await expectAccessible(karin, 'discharges-ward');
    await screenshot(karin, 'discharge-01-ward-list');
  });

  it('sends an admission notice and declares the patient ready for discharge', async () => {
    await karin.getByRole('link', { name: 'Nytt inskrivningsmeddelande' }).click();
    await karin.getByRole('heading', { name: 'Nytt inskrivningsmeddelande', level: 1 }).waitFor();
    await karin.getByLabel('Personnummer, samordningsnummer eller reservnummer').fill(idNumber);
    await karin.getByLabel('Förnamn').fill('Astrid');
    await karin.getByLabel('Efternamn').fill('Testqvist');
    await karin.getByLabel('Kommunens enhet').selectOption({ label: 'Hemtjänst och äldreomsorg Ekby' });
    await karin
      .getByRole('combobox', { name: /^Vårdcentral\b/ })
      .selectOption({ label: 'Vårdcentralen Åsen' });
    await karin.getByLabel('Beräknat utskrivningsdatum').fill(day({ days: 3 }));
    await expectAccessible(karin, 'admission-form');
    await screenshot(karin, 'discharge-02-admission-form');
    await karin.getByRole('button', { name: 'Skicka inskrivningsmeddelandet' }).click();
    await karin.getByRole('heading', { name: personName, level: 1 }).waitFor();
    await expectStatus(karin, 'Inskrivningsmeddelandet är skickat.');
    processUrl = karin.url();

    await karin.getByRole('button', { name: 'Meddela utskrivningsklar' }).click();
    await karin.getByRole('button', { name: 'Bekräfta utskrivningsklar' }).click();
    await expectStatus(karin, 'Patienten är utskrivningsklar.');
    const facts = await textOf(region(karin, 'Uppgifter'));
    expect(facts).toContain('Utskrivningsklar');
    expect(facts).toMatch(new RegExp(`Tidsfrist för kallelse I tid – kalla senast `));
    expect(facts).toContain('senast den 3:e kalenderdagen efter dagen då patienten blev utskrivningsklar');
    await expectAccessible(karin, 'discharge-ready');
    await screenshot(karin, 'discharge-03-ready');
  });

  it('primary care names the care contact, starts the SIP and invites within the deadline', async () => {
    anna = await signedIn(browser, app.url, 'anna');
    const waiting = region(anna, 'Att kalla till SIP efter utskrivning');
    await waiting.getByRole('link', { name: personName }).waitFor();
    await expectAccessible(anna, 'start-discharges');
    await screenshot(anna, 'discharge-04-start');
    await waiting.getByRole('link', { name: personName }).click();
    await anna.getByRole('heading', { name: personName, level: 1 }).waitFor();

    await anna.getByRole('button', { name: 'Utse fast vårdkontakt' }).click();
    await anna.getByLabel('Fast vårdkontakt').selectOption({ label: 'Anna Lind' });
    await anna.getByRole('button', { name: 'Utse', exact: true }).click();
    await expectStatus(anna, 'Den fasta vårdkontakten är utsedd.');

    await anna.getByRole('button', { name: 'Starta SIP' }).click();
    await anna
      .getByLabel('Varför behövs samordning efter utskrivningen?')
      .fill('Astrid behöver hemtjänst och uppföljning på vårdcentralen efter utskrivningen.');
    await expectAccessible(anna, 'start-sip-form');
    await anna.getByRole('button', { name: 'Skapa SIP:en' }).click();
    // The new case opens on its next step: the consent.
    await anna.waitForURL(/\/sips\/[0-9a-f-]+\/consent$/);
    await anna.getByRole('heading', { name: personName, level: 1 }).waitFor();

    const consent = region(anna, 'Samtycke');
    await consent.getByRole('button', { name: 'Registrera samtycke', exact: true }).click();
    await consent
      .getByRole('group', { name: 'Hur gavs samtycket?' })
      .getByRole('radio', { name: 'Muntligt' })
      .check();
    await consent.getByLabel('Namn på den som gav samtycket').fill(personName);
    const scope = consent.getByRole('group', { name: /^Enheter som får dela information/ });
    await scope.getByRole('checkbox', { name: 'Hemtjänst och äldreomsorg Ekby' }).check();
    await scope.getByRole('checkbox', { name: 'Medicinavdelning 3, Länssjukhuset Sörmark' }).check();
    await consent.getByRole('button', { name: 'Spara samtycket' }).click();
    await expectStatus(anna, 'Samtycket är registrerat.');

    await openPart(anna, 'Möte');
    const meeting = region(anna, 'Möte och kallelser');
    await meeting.getByRole('button', { name: 'Boka möte och skicka kallelser' }).click();
    await meeting.getByLabel('Datum').fill(day({ days: 2 }));
    await meeting.getByLabel('Starttid').fill('10:00');
    await meeting.getByLabel('Sluttid').fill('11:00');
    await meeting.getByRole('textbox', { name: 'Plats' }).fill('Medicinavdelning 3, dagrummet');
    await meeting.getByRole('button', { name: 'Boka mötet och skicka kallelserna' }).click();
    await expectStatus(anna, 'Mötet är bokat och kallelserna är skickade.');

    await anna.goto(processUrl);
    await anna.getByRole('heading', { name: personName, level: 1 }).waitFor();
    const facts = await textOf(region(anna, 'Uppgifter'));
    expect(facts).toContain('Läge Kallad till SIP');
    expect(facts).toContain('Tidsfrist för kallelse Kallad i tid');
    expect(facts).toContain('Fast vårdkontakt Anna Lind');
    const history = await textOf(region(anna, 'Händelser').getByRole('table'));
    expect(history).toContain('Kallelse till SIP skickad');
    await expectAccessible(anna, 'discharge-invited');
    await screenshot(anna, 'discharge-05-invited');
  });

  it("leaves the demo county's late discharge late, with a deviation for the primary care centre's manager", async () => {
    await anna
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utskrivning' })
      .click();
    const late = region(anna, 'Att kalla till SIP').getByRole('row', { name: /Bertil Sjö/ });
    expect(await textOf(late)).toContain('Försenad – skulle ha kallats senast');
    const finished = await textOf(region(anna, 'Kallade eller avbrutna'));
    expect(finished).toContain(
      `${personName} Medicinavdelning 3, Länssjukhuset Sörmark Kallad till SIP Kallad i tid`,
    );
    await expectAccessible(anna, 'discharges-primary-care');
    await screenshot(anna, 'discharge-06-primary-care-list');

    helena = await signedIn(browser, app.url, 'helena', { unit: 'Vårdcentralen Åsen' });
    const deviations = region(helena, 'Avvikelser att hantera');
    await deviations.getByText('Kallelse skickad för sent').first().waitFor();
    await expectAccessible(helena, 'start-manager-deviation');
    await screenshot(helena, 'discharge-07-manager-deviation');
  });

  it('a discharge left without a SIP past its deadline reaches the manager as a deviation about the discharge', async () => {
    await karin.goto(`${app.url}/discharges/new`);
    await karin.getByRole('heading', { name: 'Nytt inskrivningsmeddelande', level: 1 }).waitFor();
    await karin.getByLabel('Personnummer, samordningsnummer eller reservnummer').fill(leftLate.idNumber);
    await karin.getByLabel('Förnamn').fill(leftLate.givenName);
    await karin.getByLabel('Efternamn').fill(leftLate.familyName);
    await karin.getByLabel('Inskriven datum').fill(day({ days: -6 }));
    await karin.getByLabel('Inskriven klockan').fill('08:00');
    await karin.getByLabel('Kommunens enhet').selectOption({ label: 'Hemtjänst och äldreomsorg Ekby' });
    await karin
      .getByRole('combobox', { name: /^Vårdcentral\b/ })
      .selectOption({ label: 'Vårdcentralen Åsen' });
    await karin.getByRole('button', { name: 'Skicka inskrivningsmeddelandet' }).click();
    const leftLateName = `${leftLate.givenName} ${leftLate.familyName}`;
    await karin.getByRole('heading', { name: leftLateName, level: 1 }).waitFor();
    const leftLateUrl = new URL(karin.url()).pathname;
    // Recorded after the fact: ready five days ago, so the deadline passed before anyone could invite.
    await karin.getByRole('button', { name: 'Meddela utskrivningsklar' }).click();
    await karin.getByLabel('Utskrivningsklar datum').fill(day({ days: -5 }));
    await karin.getByLabel('Utskrivningsklar klockan').fill('09:00');
    await karin.getByRole('button', { name: 'Bekräfta utskrivningsklar' }).click();
    await expectStatus(karin, 'Patienten är utskrivningsklar.');
    expect(await textOf(region(karin, 'Uppgifter'))).toContain('Försenad – skulle ha kallats senast');

    // No SIP is started. The scheduler's sweep raises the deviation for Vårdcentralen Åsen's manager.
    await helena.goto(`${app.url}/deviations`);
    const aboutDischarge = helena.getByRole('table').getByRole('row', { name: /^Utskrivning / });
    await expect
      .poll(async () => {
        await helena.reload();
        await helena.getByRole('heading', { name: 'Väntar på mig', level: 2 }).waitFor();
        return aboutDischarge.count();
      }, wait)
      .toBe(1);
    const row = await textOf(aboutDischarge);
    expect(row).toContain('Kallelse skickad för sent');
    expect(row).toContain('Vårdcentralen Åsen');
    expect(await textOf(helena.getByRole('main'))).not.toContain(leftLate.familyName);
    await expectAccessible(helena, 'deviations-about-discharge');
    await screenshot(helena, 'discharge-08-manager-deviations');

    await aboutDischarge.getByRole('link', { name: 'Utskrivning', exact: true }).click();
    await helena.getByRole('heading', { name: 'Avvikelse vid utskrivning', level: 1 }).waitFor();
    const page = await textOf(helena.getByRole('main'));
    expect(page).toContain('Kallelse skickad för sent');
    expect(page).toContain('Upptäckt av Samplan');
    for (const identifying of [leftLate.givenName, leftLate.familyName, leftLate.idNumber])
      expect(page).not.toContain(identifying);
    expect(await helena.getByRole('link', { name: 'Öppna SIP:en' }).count()).toBe(0);
    await expectAccessible(helena, 'deviation-about-discharge');
    await screenshot(helena, 'discharge-09-deviation-about-discharge');

    // The process itself is hers to see, primary care being one of its receiving units.
    await helena.getByRole('link', { name: 'Öppna utskrivningsprocessen' }).click();
    await helena.getByRole('heading', { name: leftLateName, level: 1 }).waitFor();
    expect(new URL(helena.url()).pathname).toBe(leftLateUrl);
  });
});
