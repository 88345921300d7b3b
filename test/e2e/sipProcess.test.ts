import type { Browser, Locator, Page } from 'playwright-core';
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
  minutesAhead,
} from './browser.js';
import { luhn } from '../support/luhn.js';

/**
 * One SIP from the need to the closing, as the people in the demo county do it in the browser: the municipality's
 * convener (maria) starts it, the primary care centre (anna, on a tablet) and the school (per) answer their
 * invitations, the plan is written, established, changed, approved, followed up and closed, and a social worker
 * in another municipality (nils) cannot see it.
 */

const laptop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };
/** How long to wait for the page to show what it should; far above what a step takes. */
const wait = { timeout: 15_000, interval: 100 };

/** A valid, fictional personnummer for someone born 1985-04-17; the demo seed uses other numbers. */
const idNumber = `19850417-238${luhn('850417238')}`;
const person = { givenName: 'Lena', familyName: 'Testberg' };
const personName = `${person.givenName} ${person.familyName}`;

/** A date as the print view writes it ("27 feb. 2027"). */
function printedDate(isoDate: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'medium' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

const effortStart = day({ days: 7 });
const effortEnd = day({ months: 6 });
const followUpDay = day({ months: 3 });
const nextFollowUpDay = day({ months: 6 });

const texts = {
  need: 'Lena har långvarig psykisk ohälsa och svårt att klara vardagen. Hennes son går på Ekbyskolan och skolan ser att familjen behöver samordnat stöd.',
  needs: 'Stöd att få struktur i vardagen och regelbunden kontakt med vården.',
  goal1: 'Lena klarar sin vardag med stöd och mår bättre.',
  goal2: 'Lena börjar arbeta på deltid.',
  effort: 'Regelbundna samtal och läkemedelsgenomgång.',
  attendeesAnna: 'Anna Lind, distriktssköterska',
  attendeesPer: 'Per Andersson, skolkurator',
  changeReason: 'Lena vill också ha ett mål om arbete.',
};

/** The case's phase as its header shows it, e.g. "Fas: Förberedelse". */
function phaseBadge(page: Page): Locator {
  return page
    .getByRole('main')
    .locator('header')
    .getByText(/^Fas: /);
}

async function expectPhase(page: Page, phase: string): Promise<void> {
  await expect.poll(() => phaseBadge(page).textContent(), wait).toBe(`Fas: ${phase}`);
}

/** The step the progress list marks as current ("Pågår nu"). */
async function expectCurrentStep(page: Page, step: string): Promise<void> {
  const current = page.getByRole('list', { name: 'Stegen i SIP-processen' }).locator('[aria-current="step"]');
  // The marker before the name (the step's number, or ✓ when done) is hidden from screen readers.
  await expect.poll(() => current.textContent(), wait).toMatch(new RegExp(`^\\d+${step}Pågår nu$`));
}

describe('a SIP from need to closing, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;
  let sipUrl = '';
  let caseNumber = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  it('lets the convener register the need for a new person', async () => {
    maria = await signedIn(browser, app.url, 'maria', { viewport: laptop });
    await maria.getByText('Du arbetar för Individ- och familjeomsorgen Ekby.', { exact: true }).waitFor();
    await expectAccessible(maria, 'start-maria');
    await screenshot(maria, '09-start-maria');

    await maria.getByRole('main').getByRole('link', { name: 'Ny SIP' }).click();
    await maria.getByRole('heading', { name: 'Ny SIP', level: 1 }).waitFor();
    await maria.getByText('Sök först fram personen i steg 1.').waitFor();
    await expectAccessible(maria, 'new-sip');

    await maria.getByLabel('Personnummer eller samordningsnummer').fill(idNumber);
    await maria.getByRole('button', { name: 'Sök' }).click();
    await maria.getByText('Din enhet har ingen SIP med personen sedan tidigare.', { exact: false }).waitFor();
    expect(await textOf(maria.getByText(/^Personnummer: /))).toBe(
      `Personnummer: ${idNumber}, född ${printedDate('1985-04-17')}, kvinna`,
    );

    await maria.getByLabel('Förnamn').fill(person.givenName);
    await maria.getByLabel('Efternamn').fill(person.familyName);
    await maria.getByLabel('Telefon').fill('070-123 45 67');
    const initiator = maria.getByRole('group', { name: 'Vem tog initiativet?' });
    expect(await initiator.getByRole('radio', { name: 'Personal' }).isChecked()).toBe(true);
    expect(await maria.getByLabel('Enhet som tog initiativet').inputValue()).not.toBe('');
    await maria.getByLabel('Målgrupp').selectOption({ label: 'Psykisk ohälsa' });
    await maria.getByLabel('Varför behövs samordning?').fill(texts.need);
    await expectAccessible(maria, 'new-sip-filled');
    await screenshot(maria, '10-new-sip');

    await maria.getByRole('button', { name: 'Skapa SIP' }).click();
    await maria.getByRole('heading', { name: personName, level: 1 }).waitFor();
    // The case opens on the part where its next step is taken: the consent.
    await expect.poll(() => maria.url(), wait).toMatch(/\/sips\/[^/]+\/consent$/);
    // The identity number never enters the address.
    expect(maria.url()).not.toContain('19850417');
    sipUrl = maria.url().replace(/\/consent$/, '');
    caseNumber = await textOf(maria.getByText(/^SIP-\d{4}-\d{5}$/));
    expect(caseNumber).toMatch(/^SIP-\d{4}-\d{5}$/);

    await expectPhase(maria, 'Behov identifierat');
    await expectCurrentStep(maria, 'Behov');
    expect(await textOf(region(maria, 'Samtycke'))).toContain('Inget samtycke är registrerat.');
    // Nobody can be invited before the individual has consented.
    expect(await maria.getByRole('button', { name: 'Boka möte och skicka kallelser' }).count()).toBe(0);
    await expectAccessible(maria, 'case-need');
    await screenshot(maria, '11-need');
  });

  it('records the consent and prepares the meeting', async () => {
    const consent = region(maria, 'Samtycke');
    await consent.getByRole('button', { name: 'Registrera samtycke', exact: true }).click();
    await consent
      .getByRole('group', { name: 'Hur gavs samtycket?' })
      .getByRole('radio', { name: 'Muntligt' })
      .check();
    await consent.getByLabel('Namn på den som gav samtycket').fill(personName);
    const scope = consent.getByRole('group', { name: /^Enheter som får dela information/ });
    // The convener's own unit is in the scope from the start.
    expect(await scope.getByRole('checkbox', { name: 'Individ- och familjeomsorgen Ekby' }).isChecked()).toBe(
      true,
    );
    await scope.getByRole('checkbox', { name: 'Vårdcentralen Åsen' }).check();
    await scope.getByRole('checkbox', { name: 'Elevhälsan Ekbyskolan' }).check();
    expect(await textOf(scope.getByText(/enheter valda\.$/))).toBe('3 enheter valda.');
    await expectAccessible(maria, 'consent-form');
    await screenshot(maria, '12-consent-form');

    await consent.getByRole('button', { name: 'Spara samtycket' }).click();
    await expectStatus(maria, 'Samtycket är registrerat.');
    await expectPhase(maria, 'Förberedelse');
    await expectCurrentStep(maria, 'Förberedelse');
    const consentText = await textOf(consent);
    expect(consentText).toContain('Samtycke givet');
    expect(consentText).toContain('Vårdcentralen Åsen, Region Sörmark');
    expect(consentText).toContain('Elevhälsan Ekbyskolan, Ekbyskolan');
    expect(consentText).toContain('Individ- och familjeomsorgen Ekby, Ekby kommun');
    await expectAccessible(maria, 'case-consent');
    await screenshot(maria, '13-consent');

    // The next step is taken in the next part, one click away.
    await openPart(maria, 'Förberedelse');
    const preparation = region(maria, 'Förberedelse');
    await preparation.getByRole('button', { name: 'Förbered mötet' }).click();
    await preparation
      .getByLabel('Vad är viktigt för personen?')
      .fill('Att slippa berätta samma sak för alla.');
    await preparation.getByLabel('Frågor att ta upp på mötet').fill('Vem ska jag ringa när det blir svårt?');
    await preparation
      .getByRole('group', { name: 'Hur vill personen träffas?' })
      .getByRole('radio', { name: 'Fysiskt möte' })
      .check();
    await preparation.getByRole('textbox', { name: 'Plats' }).fill('Socialkontoret Ekby, rum 3');
    await expectAccessible(maria, 'preparation-form');
    await preparation.getByRole('button', { name: 'Spara förberedelsen' }).click();
    await expectStatus(maria, 'Förberedelsen är sparad.');
    expect(await textOf(preparation)).toContain('Att slippa berätta samma sak för alla.');
    await expectPhase(maria, 'Förberedelse');
    await expectAccessible(maria, 'case-preparation');
    await screenshot(maria, '14-preparation');
  });

  it('invites the primary care centre and the school to a meeting beginning in a minute or two', async () => {
    await openPart(maria, 'Möte');
    // The first whole minute at least half a minute away: not yet begun when the page is checked right after the
    // invitations go out, even on a busy machine, and begun when the convener records who came, a few steps later.
    const starts = minutesAhead(0.5);
    const ends = minutesAhead(31);
    const meeting = region(maria, 'Möte och kallelser');
    await meeting.getByRole('button', { name: 'Boka möte och skicka kallelser' }).click();
    await meeting.getByLabel('Datum').fill(starts.date);
    await meeting.getByLabel('Starttid').fill(starts.time);
    await meeting.getByLabel('Sluttid').fill(ends.date === starts.date ? ends.time : '23:59');
    // The place and form come from the preparation.
    expect(await meeting.getByRole('textbox', { name: 'Plats' }).inputValue()).toBe(
      'Socialkontoret Ekby, rum 3',
    );
    const units = meeting.getByRole('group', { name: /^Enheter att kalla/ });
    // The units the consent covers are offered and chosen; the convener itself is not among them.
    expect(await units.getByRole('checkbox', { name: 'Vårdcentralen Åsen' }).isChecked()).toBe(true);
    expect(await units.getByRole('checkbox', { name: 'Elevhälsan Ekbyskolan' }).isChecked()).toBe(true);
    expect(await units.getByRole('checkbox').count()).toBe(2);
    await meeting.getByLabel('Meddelande till de kallade').fill('Välkomna till SIP-möte om Lenas stöd.');
    await expectAccessible(maria, 'schedule-form');
    await screenshot(maria, '15-schedule-form');

    await meeting.getByRole('button', { name: 'Boka mötet och skicka kallelserna' }).click();
    await expectStatus(maria, 'Mötet är bokat och kallelserna är skickade.');
    await expectPhase(maria, 'Kallelse skickad');
    await expectCurrentStep(maria, 'Kallelse');
    const meetingText = await textOf(meeting);
    expect(meetingText).toContain('Accepterade: 0. Återbud: 0. Väntar på svar: 2.');
    expect(meetingText).toContain('Skyldiga att delta men har inte svarat: Vårdcentralen Åsen.');
    const invitations = meeting.getByRole('table', { name: 'Kallade enheter' });
    const vc = await textOf(invitations.getByRole('row', { name: /Vårdcentralen Åsen/ }));
    expect(vc).toContain('Huvudman – skyldig att delta');
    expect(vc).toContain('Skickad');
    const school = await textOf(invitations.getByRole('row', { name: /Elevhälsan Ekbyskolan/ }));
    expect(school).toContain('Annan aktör – kallad');
    expect(school).toContain('Skickad');
    // Who came can be told once the meeting has begun, not before.
    expect(await textOf(region(maria, 'Närvaro på mötet'))).toContain(
      'Närvaron registreras när mötet har börjat',
    );
    await expectAccessible(maria, 'case-invitation');
    await screenshot(maria, '16-invitation');
  });

  /** An invited unit finds the invitation in its inbox, opens it, acknowledges it and accepts it. */
  async function answerInvitation(
    username: string,
    viewport: typeof laptop,
    unitName: string,
    role: { inbox: string; panel: string },
    attendees: string,
    shot: number,
  ): Promise<void> {
    const page = await signedIn(browser, app.url, username, { viewport });
    const inbox = region(page, 'Inkorg – kallelser att besvara');
    const row = inbox.getByRole('row').filter({ hasText: caseNumber });
    await row.waitFor();
    const rowText = await textOf(row);
    expect(rowText).toContain('Individ- och familjeomsorgen Ekby');
    expect(rowText).toContain('Socialkontoret Ekby, rum 3');
    expect(rowText).toContain(role.inbox);
    expect(await row.getByText('Ny', { exact: true }).count()).toBe(1);
    await expectAccessible(page, `inbox-${username}`);
    await screenshot(page, `${shot}-inbox-${username}`);

    await row.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { name: personName, level: 1 }).waitFor();
    await expectPhase(page, 'Kallelse skickad');
    const panel = page.getByRole('heading', { name: `Er kallelse – ${unitName}` }).locator('..');
    const panelText = await textOf(panel);
    expect(panelText).toContain(role.panel);
    expect(panelText).toContain('Välkomna till SIP-möte om Lenas stöd.');
    expect(panelText).toContain('Maria Nilsson');
    await expectAccessible(page, `answer-panel-${username}`);
    await screenshot(page, `${shot + 1}-answer-${username}`);

    await panel.getByRole('button', { name: 'Kvittera kallelsen' }).click();
    await expectStatus(page, 'Ni har kvitterat kallelsen.');
    expect(await textOf(panel)).toContain('Kvitterad');
    await panel.getByRole('group', { name: 'Ert svar' }).getByRole('radio', { name: 'Vi kommer' }).check();
    await panel.getByLabel('Vem kommer?').fill(attendees);
    await expectAccessible(page, `answer-accept-${username}`);
    await panel.getByRole('button', { name: 'Skicka svaret' }).click();
    await expectStatus(page, 'Ni har tackat ja.');
    const invitations = page.getByRole('table', { name: 'Kallade enheter' });
    const own = await textOf(invitations.getByRole('row', { name: new RegExp(unitName) }));
    expect(own).toContain('Accepterad');
    expect(own).toContain(attendees);
    await expectAccessible(page, `answered-${username}`);
    await screenshot(page, `${shot + 2}-accepted-${username}`);

    // Answered, the invitation leaves the inbox; the SIP is listed with the unit taking part.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
    const sips = region(page, 'SIP:ar där enheten deltar');
    const listed = sips.getByRole('row').filter({ hasText: caseNumber });
    // The start page shows what it had at once and then what the server says now.
    await expect.poll(() => textOf(listed), wait).toContain('Deltar');
    await expect.poll(() => inbox.getByRole('row').filter({ hasText: caseNumber }).count(), wait).toBe(0);
    await page.context().close();
  }

  it('lets the primary care centre, on a tablet, find, acknowledge and accept its invitation', async () => {
    await answerInvitation(
      'anna',
      tablet,
      'Vårdcentralen Åsen',
      { inbox: 'Huvudman – skyldig att delta', panel: 'Er enhet är skyldig att delta.' },
      texts.attendeesAnna,
      17,
    );
  });

  it('lets the school find, acknowledge and accept its invitation', async () => {
    await answerInvitation(
      'per',
      laptop,
      'Elevhälsan Ekbyskolan',
      { inbox: 'Annan aktör – kan delta', panel: 'Er enhet är kallad, men inte skyldig att delta.' },
      texts.attendeesPer,
      20,
    );
  });

  it('shows the convener both acceptances and, once the meeting has begun, records the attendance', async () => {
    const saveAttendance = maria.getByRole('button', { name: 'Spara närvaron' });
    await expect
      .poll(
        async () => {
          await maria.reload();
          await maria.getByRole('heading', { name: personName, level: 1 }).waitFor();
          return saveAttendance.count();
        },
        { timeout: 150_000, interval: 5_000 },
      )
      .toBe(1);
    const meeting = region(maria, 'Möte och kallelser');
    await expect
      .poll(() => textOf(meeting), wait)
      .toContain('Accepterade: 2. Återbud: 0. Väntar på svar: 0.');
    expect(await textOf(meeting)).not.toContain('Skyldiga att delta men har inte svarat');
    const invitations = meeting.getByRole('table', { name: 'Kallade enheter' });
    const vc = await textOf(invitations.getByRole('row', { name: /Vårdcentralen Åsen/ }));
    expect(vc).toContain('Accepterad');
    expect(vc).toContain(texts.attendeesAnna);
    const school = await textOf(invitations.getByRole('row', { name: /Elevhälsan Ekbyskolan/ }));
    expect(school).toContain('Accepterad');
    expect(school).toContain(texts.attendeesPer);
    await expectAccessible(maria, 'case-accepted');
    await screenshot(maria, '23-both-accepted');

    const attendance = region(maria, 'Närvaro på mötet');
    for (const unit of ['Vårdcentralen Åsen', 'Elevhälsan Ekbyskolan']) {
      const present = attendance
        .getByRole('group', { name: new RegExp(`^${unit}`) })
        .getByRole('radio', { name: 'Närvarande' });
      // Accepting suggests "present"; the convener confirms it.
      expect(await present.isChecked()).toBe(true);
      await present.check();
    }
    await attendance.getByRole('checkbox', { name: 'Personen var med' }).check();
    await expectAccessible(maria, 'attendance-form');
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await expectStatus(maria, 'Närvaron är sparad.');
    await expectPhase(maria, 'Möte hållet');
    await expectCurrentStep(maria, 'Möte');
    expect(await textOf(meeting)).toContain('Hållet');
    const rows = await textOf(invitations);
    expect(rows.match(/Närvarande/g)?.length).toBe(2);
    expect(await region(maria, 'Närvaro på mötet').count()).toBe(0);
    await expectAccessible(maria, 'case-meeting-held');
    await screenshot(maria, '24-meeting-held');
  });

  it('refuses to establish the plan while parts are missing, then establishes it', async () => {
    await openPart(maria, 'Plan');
    const plan = region(maria, 'Planen');
    expect(await textOf(plan)).toContain('Planen är inte påbörjad.');
    await plan
      .getByLabel('Situation')
      .fill('Lena bor ensam med sin son och har svårt att orka med vardagen.');
    await plan.getByLabel(/^Behov/).fill(texts.needs);
    await plan.getByRole('button', { name: 'Lägg till mål' }).click();
    await plan.getByRole('group', { name: 'Mål 1' }).getByLabel('Målet').fill(texts.goal1);
    await plan.getByRole('button', { name: 'Spara planen' }).click();
    await expectStatus(maria, 'Planen är sparad.');

    const missing = plan
      .getByRole('heading', { name: 'Det här saknas innan planen kan fastställas' })
      .locator('..');
    await missing.waitFor();
    expect(await missing.getByRole('listitem').allTextContents()).toEqual([
      'Planen har ingen insats.',
      'Tidsplan saknas: skriv en tidsplan eller ange datum för insatserna.',
      'Huvudman med övergripande ansvar är inte vald.',
      'Samordnarens namn saknas.',
      'Samordnarens enhet saknas.',
      'Samordnarens telefon eller e-post saknas.',
      'Det är inte noterat att personen har godtagit samordnaren.',
      'Datum för uppföljning saknas.',
      'Det står inte vad som ska följas upp och hur.',
    ]);
    expect(await textOf(plan)).toContain('Planen saknar delar som lagen kräver. Se listan ovan.');
    await expectAccessible(maria, 'plan-missing');
    await screenshot(maria, '25-plan-missing');

    // The server refuses to establish an incomplete plan, and says why.
    await plan.getByRole('button', { name: 'Fastställ planen' }).click();
    const refusal = plan.getByRole('alert');
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain('Planen kan inte fastställas');
    expect(await textOf(refusal)).toContain('Planen har ingen insats.');
    await expectPhase(maria, 'Möte hållet');

    await plan.getByRole('button', { name: 'Lägg till insats', exact: true }).click();
    const effort = plan.getByRole('group', { name: 'Insats 1', exact: true });
    await effort.getByLabel('Vad ska göras?').fill(texts.effort);
    await effort.getByLabel('Ansvarig enhet').selectOption({ label: 'Vårdcentralen Åsen (Region Sörmark)' });
    await effort.getByLabel('Kontaktperson').fill('Anna Lind');
    await effort.getByLabel('Startar').fill(effortStart);
    await effort.getByLabel('Slutar').fill(effortEnd);
    await effort.getByRole('checkbox', { name: texts.goal1 }).check();
    await plan.getByLabel('Huvudman med övergripande ansvar').selectOption({ label: 'Ekby kommun (kommun)' });
    const coordinator = plan.getByRole('group', { name: 'Samordnare' });
    await coordinator.getByLabel('Samordnarens namn').fill('Maria Nilsson');
    await coordinator
      .getByLabel('Samordnarens enhet')
      .selectOption({ label: 'Individ- och familjeomsorgen Ekby (Ekby kommun)' });
    await coordinator.getByLabel('Telefon').fill('0150-10 30 30');
    await coordinator.getByLabel('E-post').fill('maria.nilsson@ekby.example');
    await coordinator.getByRole('checkbox', { name: 'Personen har godtagit samordnaren' }).check();
    await plan.getByLabel('Vad ska följas upp?').fill('Om vardagen fungerar och om samtalen hjälper.');
    await plan.getByLabel('Datum för uppföljning').fill(followUpDay);

    // Unsaved changes cannot be established.
    expect(await plan.getByRole('button', { name: 'Fastställ planen' }).isDisabled()).toBe(true);
    expect(await textOf(plan)).toContain('Spara dina ändringar innan du fastställer planen.');
    expect(await textOf(plan.getByRole('status'))).toBe('Det finns ändringar som inte är sparade.');
    await expectAccessible(maria, 'plan-editor');
    await screenshot(maria, '26-plan-editor');

    await plan.getByRole('button', { name: 'Spara planen' }).click();
    await expect.poll(() => textOf(plan.getByRole('status')), wait).toBe('Allt är sparat.');
    await missing.waitFor({ state: 'detached' });
    expect(await plan.getByRole('button', { name: 'Fastställ planen' }).isEnabled()).toBe(true);
    expect(await textOf(plan)).not.toContain('Planen saknar delar');

    await plan.getByRole('button', { name: 'Fastställ planen' }).click();
    await expectStatus(maria, 'Planen är fastställd.');
    await expectPhase(maria, 'Plan fastställd');
    await expectCurrentStep(maria, 'Plan');
    expect(await textOf(plan)).toContain('Fastställd, version 1');
    const versions = region(maria, 'Versioner av planen');
    const first = await textOf(versions.getByRole('row', { name: /^1 / }));
    expect(first).toContain('Planen fastställdes');
    expect(first).toContain('Maria Nilsson');
    expect(first).toContain('Inte godkänd ännu');
    await expectAccessible(maria, 'case-plan-established');
    await screenshot(maria, '27-plan-established');
  });

  it('changes the plan with a reason into version 2 and shows what changed', async () => {
    const plan = region(maria, 'Planen');
    await plan.getByRole('button', { name: 'Ändra planen' }).click();
    await plan.getByRole('button', { name: 'Lägg till mål' }).click();
    await plan.getByRole('group', { name: 'Mål 2' }).getByLabel('Målet').fill(texts.goal2);
    await plan.getByLabel('Varför ändras planen?').fill(texts.changeReason);
    await expectAccessible(maria, 'plan-change');
    await plan.getByRole('button', { name: 'Spara ändringen som ny version' }).click();
    await expectStatus(maria, 'Ändringen är sparad som en ny version av planen.');
    await expect.poll(() => textOf(plan), wait).toContain('Fastställd, version 2');
    await expectPhase(maria, 'Plan fastställd');

    const versions = region(maria, 'Versioner av planen');
    const second = await textOf(versions.getByRole('row', { name: /^2 / }));
    expect(second).toContain(texts.changeReason);
    expect(second).toContain('Inte godkänd ännu');

    expect(await versions.getByLabel('Från').inputValue()).toBe('1');
    expect(await versions.getByLabel('Till').inputValue()).toBe('2');
    await versions.getByRole('button', { name: 'Jämför' }).click();
    const diff = versions
      .getByRole('heading', { name: 'Ändringar från version 1 till version 2' })
      .locator('..');
    const change = diff.getByRole('listitem').filter({ hasText: texts.goal2 });
    await change.waitFor();
    expect(await diff.getByRole('listitem').count()).toBe(1);
    // The goal is named by its words once both versions have loaded.
    await expect.poll(() => textOf(change), wait).toBe(`Tillagt Mål: ${texts.goal2} Efter: ${texts.goal2}`);
    await expectAccessible(maria, 'versions-diff');
    await screenshot(maria, '28-versions-diff');
  });

  it("records the individual's approval and a follow-up", async () => {
    const versions = region(maria, 'Versioner av planen');
    await versions.getByRole('button', { name: 'Registrera godkännande av version 2' }).click();
    const approval = versions.getByRole('heading', { name: 'Godkännande av version 2' }).locator('..');
    await approval
      .getByRole('group', { name: 'Hur godkände personen planen?' })
      .getByRole('radio', { name: 'Muntligt' })
      .check();
    await expectAccessible(maria, 'approval-form');
    await approval.getByRole('button', { name: 'Spara godkännandet' }).click();
    await expectStatus(maria, 'Godkännandet av version 2 är registrerat.');
    const second = await textOf(versions.getByRole('row', { name: /^2 / }));
    expect(second).toContain('Godkänd');
    expect(second).toContain('Muntligt');
    expect(await textOf(versions.getByRole('row', { name: /^1 / }))).toContain('Inte godkänd ännu');

    await openPart(maria, 'Uppföljning');
    const followUp = region(maria, 'Uppföljning');
    expect(await textOf(followUp)).toContain(`Nästa uppföljning: ${followUpDay}.`);
    expect(await textOf(followUp)).toContain('Ingen uppföljning är gjord ännu.');
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    const outcomes: [string, string][] = [
      [`Mål: ${texts.goal1}`, 'Delvis uppnått'],
      [`Mål: ${texts.goal2}`, 'Ej uppnått'],
      [`Insats: ${texts.effort}`, 'Uppnått'],
    ];
    for (const [item, outcome] of outcomes) {
      await followUp
        .getByRole('group', { name: item, exact: true })
        .getByRole('group', { name: 'Hur gick det?' })
        .getByRole('radio', { name: outcome, exact: true })
        .check();
    }
    await followUp.getByLabel('Vad fungerade inte?').fill('Samtalen kom igång sent.');
    await followUp.getByLabel('Nästa uppföljning').fill(nextFollowUpDay);
    await expectAccessible(maria, 'follow-up-form');
    await screenshot(maria, '29-follow-up-form');
    await followUp.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await expectStatus(maria, 'Uppföljningen är sparad.');
    await expectPhase(maria, 'Plan fastställd');
    await expectCurrentStep(maria, 'Uppföljning');
    const recorded = followUp.getByRole('listitem').filter({ hasText: 'Registrerad av Maria Nilsson' });
    const recordedText = await textOf(recorded);
    expect(recordedText).toContain(`Mål: ${texts.goal1} Delvis uppnått`);
    expect(recordedText).toContain(`Mål: ${texts.goal2} Ej uppnått`);
    expect(recordedText).toContain(`Insats: ${texts.effort} Uppnått`);
    expect(recordedText).toContain('plan version 2');
    expect(await textOf(followUp)).toContain(`Nästa uppföljning: ${nextFollowUpDay}.`);
    await expectAccessible(maria, 'case-follow-up');
    await screenshot(maria, '30-follow-up');
  });

  it('closes the SIP with a reason', async () => {
    await openPart(maria, 'Avslut');
    const closure = region(maria, 'Avslut');
    await closure.getByRole('button', { name: 'Avsluta SIP:en', exact: true }).click();
    await closure
      .getByRole('group', { name: 'Varför avslutas SIP:en?' })
      .getByRole('radio', { name: 'Målen är nådda' })
      .check();
    await closure.getByLabel('Anteckning').fill('Lena och alla verksamheter är överens.');
    await expectAccessible(maria, 'close-form');
    await closure.getByRole('button', { name: 'Avsluta SIP:en nu' }).click();
    await expectStatus(maria, 'SIP:en är avslutad.');
    await expectPhase(maria, 'Avslutad');
    await expectCurrentStep(maria, 'Avslutad');
    await maria.getByRole('heading', { name: 'SIP:en är avslutad', level: 2 }).waitFor();
    const closureText = await textOf(closure);
    expect(closureText).toContain('Målen är nådda');
    expect(closureText).toContain('Lena och alla verksamheter är överens.');
    await expectAccessible(maria, 'case-closed');
    await screenshot(maria, '31-closed');
    // A closed case offers nothing more to do.
    await openPart(maria, 'Plan');
    await expect.poll(() => textOf(region(maria, 'Planen')), wait).toContain('Fastställd, version 2');
    expect(await maria.getByRole('button', { name: 'Ändra planen' }).count()).toBe(0);
    await openPart(maria, 'Uppföljning');
    await region(maria, 'Uppföljning').waitFor();
    expect(await maria.getByRole('button', { name: 'Registrera uppföljning' }).count()).toBe(0);
  });

  it('prints the established plan', async () => {
    await maria.getByRole('link', { name: 'Utskrift av planen' }).click();
    await maria.getByRole('heading', { name: 'Samordnad individuell plan', level: 1 }).waitFor();
    expect(maria.url()).toBe(`${sipUrl}/print`);
    const printout = maria.getByRole('article');
    await printout.getByText(personName).waitFor();
    const printed = await textOf(printout);
    expect(printed).toContain(caseNumber);
    expect(printed).toMatch(/Status ?Fastställd version 2, /);
    expect(printed).toMatch(/Fas ?Avslutad/);
    expect(printed).toContain(texts.needs);
    expect(printed).toContain(texts.goal1);
    expect(printed).toContain(texts.goal2);
    const effortRow = await textOf(printout.getByRole('row').filter({ hasText: texts.effort }));
    expect(effortRow).toContain('Vårdcentralen Åsen');
    expect(effortRow).toContain('Anna Lind');
    expect(effortRow).toContain(printedDate(effortStart));
    expect(effortRow).toContain(printedDate(effortEnd));
    expect(printed).toMatch(/Huvudman med övergripande ansvar för planen ?Ekby kommun/);
    expect(printed).toContain('Maria Nilsson');
    expect(printed).toContain('0150-10 30 30');
    expect(printed).toContain('maria.nilsson@ekby.example');
    expect(printed).toContain(`Datum för uppföljning ${printedDate(followUpDay)}`);
    const responsibility = printout
      .getByRole('heading', { name: 'Övergripande ansvar', level: 2 })
      .locator('..');
    expect(await textOf(responsibility)).not.toContain('Inte ifyllt');
    const annaRow = await textOf(printout.getByRole('row').filter({ hasText: texts.attendeesAnna }));
    expect(annaRow).toContain('Vårdcentralen Åsen');
    expect(annaRow).toContain('Närvarande');
    const perRow = await textOf(printout.getByRole('row').filter({ hasText: texts.attendeesPer }));
    expect(perRow).toContain('Elevhälsan Ekbyskolan');
    expect(perRow).toContain('Närvarande');
    expect(printed).toContain('Den enskilde var med på mötet Ja');
    expect(printed).toMatch(/Den enskilde godkände version 2 muntligt /);
    await expectAccessible(maria, 'print');
    await screenshot(maria, '32-print');
    // The toolbar's link downloads the individual's copy of the version as a PDF, named by the case number.
    const link = maria.getByRole('link', { name: 'Ladda ner PDF – den enskildes exemplar av version 2' });
    const pdf = await maria.request.get(new URL((await link.getAttribute('href'))!, app.url).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe(`attachment; filename="${caseNumber}-v2.pdf"`);
    expect((await pdf.body()).subarray(0, 8).toString()).toBe('%PDF-1.7');
  });

  it('shows a user of another municipality that the case does not exist', async () => {
    const nils = await signedIn(browser, app.url, 'nils', { viewport: laptop });
    await region(nils, 'SIP:ar där enheten deltar').waitFor();
    expect(await nils.getByText(caseNumber).count()).toBe(0);
    await nils.goto(sipUrl);
    await nils.getByRole('heading', { name: 'SIP:en kunde inte visas', level: 1 }).waitFor();
    expect(await textOf(nils.getByRole('alert'))).toContain(
      'SIP:en finns inte eller så saknar du behörighet.',
    );
    expect(await nils.getByText(personName).count()).toBe(0);
    expect(await nils.getByText(caseNumber).count()).toBe(0);
    await expectAccessible(nils, 'not-found-nils');
    await screenshot(nils, '33-not-found-nils');

    await nils.goto(`${sipUrl}/print`);
    await nils.getByText('Planen kunde inte hämtas.').waitFor();
    expect(await nils.getByText(personName).count()).toBe(0);
    await expectAccessible(nils, 'print-not-found-nils');
    await nils.context().close();
  });

  it('wrote no personal data to the application log', () => {
    const log = app.log();
    // The log did record the work: one line per request at least.
    expect(log.split('\n').filter((line) => line.includes('"route":"/api/sips/:id"')).length).toBeGreaterThan(
      10,
    );
    for (const secret of [idNumber, idNumber.replace('-', ''), person.givenName, person.familyName]) {
      expect(log).not.toContain(secret);
    }
  });
});
