import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/apiClient.js';
import { listenEIdBroker } from '../support/eIdBroker.js';
import type { IdentityProvider } from '../support/identityProvider.js';
import { luhn } from '../support/luhn.js';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import {
  expectAccessible,
  launchChromium,
  minutesAhead,
  newPage,
  screenshot,
  skipAfterFirstFailure,
  startBuiltApp,
  textOf,
  type RunningApp,
} from './browser.js';
import type { Organisations, SipDetail } from '../../src/shared/api/responses.js';
import { demoPassword } from '../../src/db/seed/demoCounty.js';

/**
 * A child's SIP as its guardian and the staff around it live it, with the county's e-ID broker as a real OpenID
 * Connect provider: staff record the guardian and invite to a meeting; the guardian signs in with e-ID on a phone,
 * answers the invitation and the questions before the meeting, and with the child tells the child's view with a
 * drawing; the meeting is held and the plan established with the child's view in it; the guardian approves
 * version 1 on the phone, invites the child's aunt as a guest, who reads the plan with her own e-ID, and revokes
 * her; the guardian's log of who opened the plan shows each read.
 */

const phone = { width: 390, height: 844 };
const wait = { timeout: 15_000 };

/** Fictional personnummer that pass the check digit: a child of ten, the guardian and the aunt. */
const childBirth = `${new Date().getFullYear() - 10}0612`;
const childIdNumber = `${childBirth.slice(0, 8)}-238${luhn(`${childBirth.slice(2, 8)}238`)}`;
const guardianIdNumber = `19840305-238${luhn('840305238')}`;
const auntIdNumber = `19790921-238${luhn('790921238')}`;
const digits = (idNumber: string) => idNumber.replace('-', '');

/** A small, real PNG: an 8 × 8 drawing in four colours. */
const drawing = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAGUlEQVR4nGP4X/EfjhiQEVUlEIgBGVFPAgCbTV3BHuxaqgAAAABJRU5ErkJggg==',
  'base64',
);

describe('a child’s SIP on the individual’s side, from invitation to a revoked guest, in Chromium', () => {
  let broker: IdentityProvider;
  let mail: MailCatcher;
  let app: RunningApp;
  let browser: Browser;
  let maria: ApiClient;
  let lina: ApiClient;
  let sipId = '';
  let units: Record<string, string> = {};
  let guardian: Page;
  let aunt: Page;
  skipAfterFirstFailure();

  beforeAll(async () => {
    [broker, mail] = await Promise.all([listenEIdBroker(), startMailCatcher()]);
    [app, browser] = await Promise.all([
      startBuiltApp({ ...broker.env(), SMTP_URL: mail.url }),
      launchChromium(),
    ]);
    broker.serve(`${app.url}/api/person/auth/callback`, {
      sara: { personal_identity_number: digits(guardianIdNumber), name: 'Sara Förälder' },
      moster: { personal_identity_number: digits(auntIdNumber), name: 'Mona Moster' },
    });
    maria = new ApiClient(app.url);
    await maria.login('maria', demoPassword);
    lina = new ApiClient(app.url);
    await lina.login('lina', demoPassword);
    const organisations = await maria.get<Organisations>('/api/organisations');
    units = Object.fromEntries(
      organisations.body.flatMap((org) => org.units.map((unit) => [unit.name, unit.id])),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await broker?.close();
    await mail?.close();
  });

  /** Signs in on the individual's side through the broker's own page, as the named account. */
  async function signInWithEId(page: Page, account: string): Promise<void> {
    await page.getByRole('link', { name: /BankID/ }).click();
    await page.locator('input[name="login"]').fill(account);
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await page.waitForURL(/\/mina/, wait);
  }

  it('lets staff start the child’s SIP, record the guardian and invite to a meeting', async () => {
    const created = await maria.post<SipDetail>('/api/sips', {
      person: { idNumber: childIdNumber, givenName: 'Alva', familyName: 'Barnsdotter' },
      need: {
        initiatorType: 'staff',
        targetGroup: 'children_psychosocial',
        description: 'Alva har svårt i skolan och behöver stöd från både BUP och socialtjänsten.',
      },
    });
    expect(created.status).toBe(201);
    sipId = created.body.id;
    const guardianRecorded = await maria.post(`/api/sips/${sipId}/guardians`, {
      name: 'Sara Förälder',
      idNumber: guardianIdNumber,
      email: 'sara@example.se',
    });
    expect(guardianRecorded.status, JSON.stringify(guardianRecorded.body)).toBe(200);
    const consent = await maria.post(`/api/sips/${sipId}/consent`, {
      decision: 'given',
      method: 'written',
      givenByName: 'Sara Förälder',
      givenByRelation: 'guardian',
      givenOn: new Date().toISOString().slice(0, 10),
      validUntil: `${new Date().getFullYear() + 1}-12-31`,
      scopeUnitIds: [units['Barn- och ungdomspsykiatrin (BUP) Sörmark']],
      relativesMayTakePart: true,
      guardians: [{ name: 'Sara Förälder' }],
      childView: 'Alva vill att mamma är med. Hon berättar mer själv i Samplan före mötet.',
    });
    expect(consent.status, JSON.stringify(consent.body)).toBe(200);
    // The first whole minute at least half a minute away: the guardian answers before it begins.
    const starts = minutesAhead(0.5);
    const meeting = await maria.post<SipDetail>(`/api/sips/${sipId}/meetings`, {
      startsAt: starts.at.toISOString(),
      endsAt: new Date(starts.at.getTime() + 3_600_000).toISOString(),
      form: 'in_person',
      place: 'Socialkontoret Ekby',
      unitIds: [units['Barn- och ungdomspsykiatrin (BUP) Sörmark']],
      message: 'Välkomna till SIP-möte.',
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(200);
  });

  it('lets the guardian sign in with e-ID on a phone and find the child’s SIP', async () => {
    guardian = await newPage(browser, phone);
    await guardian.goto(`${app.url}/mina`);
    await guardian.getByRole('heading', { level: 1 }).waitFor(wait);
    await expectAccessible(guardian, 'mina-sign-in');
    await screenshot(guardian, 'mina-01-sign-in');
    await signInWithEId(guardian, 'sara');
    await guardian.getByRole('link', { name: /Alva/ }).waitFor(wait);
    await expectAccessible(guardian, 'mina-my-sips');
    await screenshot(guardian, 'mina-02-my-sips');
  });

  it('lets the guardian answer the meeting and tell what matters before it', async () => {
    await guardian.getByRole('link', { name: /Alva/ }).click();
    await guardian.getByRole('heading', { name: 'Nästa möte' }).waitFor(wait);
    await guardian.getByRole('button', { name: 'Jag kommer' }).click();
    await guardian.getByText('Tack! Nu vet de att du kommer.').waitFor(wait);
    await expectAccessible(guardian, 'mina-overview');
    await screenshot(guardian, 'mina-03-overview');

    await guardian.getByRole('link', { name: 'Inför mötet: vad är viktigt för dig?' }).click();
    await guardian.getByLabel('Vad är viktigt för mig?').fill('Att Alva får vara med och bestämma.');
    await guardian.getByLabel('Mina frågor').fill('Hur kan skolan och BUP hjälpas åt?');
    await guardian.getByLabel('Mina egna mål').fill('Alva ska vilja gå till skolan.');
    await guardian.getByRole('button', { name: 'Spara' }).click();
    await guardian.getByText('Sparat. De som kommer på mötet kan läsa det.').waitFor(wait);
    await expectAccessible(guardian, 'mina-preparation');
    await screenshot(guardian, 'mina-04-preparation');

    // Staff see it in the case's preparation, as the guardian wrote it.
    const read = await maria.get<SipDetail>(`/api/sips/${sipId}`);
    expect(JSON.stringify(read.body)).toContain('Att Alva får vara med och bestämma.');
  });

  it('was told of the meeting by e-mail, with a link and nothing about the child', async () => {
    const [notice] = await mail.waitFor((each) => each.to.includes('sara@example.se'));
    const text = `${notice!.parsed.subject ?? ''}\n${notice!.parsed.text ?? ''}`;
    // The server's own address (PUBLIC_URL, its default here), then the individual's pages.
    expect(text).toContain('http://localhost:3000/mina');
    for (const secret of ['Alva', 'Barnsdotter', childIdNumber.slice(2, 8), 'Socialkontoret', 'BUP'])
      expect(text).not.toContain(secret);
  });

  it('lets the guardian, with the child, tell the child’s view and add a drawing', async () => {
    await guardian.goto(`${app.url}/mina`);
    await guardian.getByRole('link', { name: /Alva/ }).click();
    await guardian.getByRole('link', { name: 'Det här vill jag säga' }).click();
    await guardian.getByLabel('Det här är bra').fill('Det är bra att rita och vara med kompisar.');
    await guardian.getByLabel('Det här är svårt').fill('Det är svårt att gå till skolan på morgonen.');
    await guardian.getByLabel('Det här önskar jag').fill('Jag önskar en vuxen att prata med.');
    await guardian.getByRole('button', { name: 'Spara' }).click();
    await guardian.getByText('Sparat! Du kan ändra när du vill.').waitFor(wait);
    await guardian
      .getByLabel('Välj en bild eller teckning')
      .setInputFiles({ name: 'teckning.png', mimeType: 'image/png', buffer: drawing });
    await guardian.getByText('Bilden är skickad.').waitFor(wait);
    await guardian.getByRole('img', { name: 'Bilden du har skickat' }).waitFor(wait);
    await expectAccessible(guardian, 'mina-child-view');
    await screenshot(guardian, 'mina-05-child-view');
    // Staff see the drawing, byte for byte, through their own route.
    const picture = await maria.requestRaw('GET', `/api/sips/${sipId}/child-view/picture`);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await picture.arrayBuffer()).equals(drawing)).toBe(true);
  });

  it('lets staff hold the meeting and establish the plan, the child’s view in it', async () => {
    const bup = units['Barn- och ungdomspsykiatrin (BUP) Sörmark']!;
    const before = await maria.get<SipDetail>(`/api/sips/${sipId}`);
    const invitation = before.body.invitations.find((each) => each.unitId === bup)!;
    expect(
      (await lina.post(`/api/invitations/${invitation.id}/accept`, { attendees: 'Lina Berg' })).status,
    ).toBe(200);
    // Attendance is recorded once the meeting has begun.
    const meeting = before.body.meeting!;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(meeting.startsAt) - Date.now() + 1000)),
    );
    const attendance = await maria.post(`/api/sips/${sipId}/attendance`, {
      individualPresent: true,
      relativesPresent: true,
      attendance: [{ invitationId: invitation.id, attendance: 'present' }],
    });
    expect(attendance.status, JSON.stringify(attendance.body)).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const inMonths = (months: number) => {
      const date = new Date();
      date.setMonth(date.getMonth() + months);
      return date.toISOString().slice(0, 10);
    };
    const ekby = units['Individ- och familjeomsorgen Ekby']!;
    const organisations = await maria.get<Organisations>('/api/organisations');
    const municipality = organisations.body.find((org) => org.units.some((unit) => unit.id === ekby))!;
    const saved = await maria.put(`/api/sips/${sipId}/plan`, {
      baseRevision: 0,
      content: {
        situation: 'Alva går i fyran och har svårt att gå till skolan.',
        needs: 'Alva behöver stöd för att må bättre och orka gå till skolan.',
        strengths: 'Alva tycker om att rita.',
        wishes: 'Alva vill ha en vuxen att prata med.',
        goals: [{ key: 'g1', kind: 'individual', text: 'Alva vill gå till skolan varje dag.' }],
        efforts: [
          {
            key: 'e1',
            description: 'Samtal med Alva varannan vecka.',
            responsibleUnitId: bup,
            contactPerson: 'Lina Berg',
            startDate: today,
            endDate: inMonths(6),
            goalKeys: ['g1'],
          },
          {
            key: 'e2',
            description: 'Föräldrastöd för Sara.',
            responsibleUnitId: ekby,
            contactPerson: 'Maria Nilsson',
            startDate: today,
            endDate: inMonths(6),
            goalKeys: ['g1'],
          },
        ],
        measuresByOthers: [],
        overallResponsibilityOrganisationId: municipality.id,
        coordinator: {
          name: 'Maria Nilsson',
          unitId: ekby,
          phone: '0150-10 30 30',
          email: 'maria@example.se',
          acceptedByIndividual: true,
        },
        writtenWithUnitIds: [],
        timePlan: 'Samtalen börjar nu och pågår i ett halvår.',
        followUpWhat: 'Hur det går i skolan.',
        followUpDate: inMonths(3),
        medication: '',
        assistiveDevices: '',
        childView: '',
        childViewHowObtained: '',
        individualParticipation: 'Sara var med på mötet.',
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const confirmed = await maria.post(`/api/sips/${sipId}/child-view/confirm`, {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const revision = (await maria.get<SipDetail>(`/api/sips/${sipId}`)).body.plan?.revision;
    const established = await maria.post(`/api/sips/${sipId}/plan/establish`, { baseRevision: revision });
    expect(established.status, JSON.stringify(established.body)).toBe(200);
  });

  it('lets the guardian read the plan and approve version 1 with e-ID on the phone', async () => {
    await guardian.goto(`${app.url}/mina`);
    await guardian.getByRole('link', { name: /Alva/ }).click();
    await guardian.getByRole('link', { name: 'Läs planen och svara' }).click();
    await guardian.getByRole('heading', { name: 'Godkänner du planen?' }).waitFor(wait);
    const plan = await textOf(guardian.locator('main'));
    expect(plan).toContain('Alva vill gå till skolan varje dag.');
    expect(plan).toContain('Barnets synpunkter');
    expect(plan).toContain('Det är bra att rita');
    // Never the identity number, on any of the individual's pages.
    expect(plan).not.toContain(childIdNumber.slice(2));
    await expectAccessible(guardian, 'mina-plan');
    await screenshot(guardian, 'mina-06-plan');
    await guardian.getByRole('button', { name: 'Jag godkänner planen' }).click();
    await guardian.getByText('Tack! Du har godkänt version 1 av planen.').waitFor(wait);
    await screenshot(guardian, 'mina-07-approved');
    // The plan page offers each version as a PDF, downloaded with the guardian's own session.
    const link = guardian.getByRole('link', { name: 'Ladda ner version 1 som PDF' });
    const pdf = await guardian.request.get(new URL((await link.getAttribute('href'))!, app.url).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 8).toString()).toBe('%PDF-1.7');
    // Staff see the version approved by the guardian's own e-ID, not by anything they typed.
    const read = await maria.get<SipDetail>(`/api/sips/${sipId}`);
    expect(read.body.versions.find((each) => each.version === 1)?.approvalMethod).toBe('e_id');
  });

  it('lets the guardian invite the child’s aunt as a guest, who reads the plan with her own e-ID', async () => {
    await guardian.goto(`${app.url}/mina`);
    await guardian.getByRole('link', { name: /Alva/ }).click();
    await guardian.getByRole('link', { name: 'Mina gäster' }).click();
    // The form is filled in only once the page holds the guests and the units, so nothing redraws it under a click.
    await guardian.getByText('Du har inga gäster.').waitFor(wait);
    await guardian.getByRole('radio', { name: 'En närstående, till exempel en släkting' }).check();
    await guardian.getByLabel('Gästens namn').fill('Mona Moster');
    await guardian.getByLabel('Gästens personnummer').fill(auntIdNumber);
    await guardian.getByLabel('E-post dit inbjudan ska skickas').fill('mona@example.se');
    await guardian.getByRole('radio', { name: 'Planen', exact: true }).check();
    await guardian.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await guardian.getByText('Inbjudan är skickad till Mona Moster.').waitFor(wait);
    await expectAccessible(guardian, 'mina-guests');
    await screenshot(guardian, 'mina-08-guests');

    const [invitation] = await mail.waitFor((each) => each.to.includes('mona@example.se'));
    const body = invitation!.parsed.text ?? '';
    expect(body).not.toContain('Alva');
    // The link as mailed (to PUBLIC_URL, localhost:3000 here), opened on the running app.
    const token = /http:\/\/localhost:3000\/mina\/gast#([\w.-]+)/.exec(body)?.[1];
    expect(token, body).toBeTruthy();
    const link = `${app.url}/mina/gast#${token!}`;

    aunt = await newPage(browser, phone);
    await aunt.goto(link);
    await aunt
      .getByText('Du har fått en inbjudan. Logga in med e-legitimation för att se den.')
      .waitFor(wait);
    await signInWithEId(aunt, 'moster');
    await aunt.getByRole('link', { name: 'Läs planen', exact: true }).waitFor(wait);
    await aunt.getByRole('link', { name: 'Läs planen', exact: true }).click();
    await aunt.getByText('Alva vill gå till skolan varje dag.').first().waitFor(wait);
    const seen = await textOf(aunt.locator('main'));
    expect(seen).not.toContain(childIdNumber.slice(2));
    expect(seen).not.toContain('Godkänner du planen?');
    await expectAccessible(aunt, 'mina-guest-plan');
    await screenshot(aunt, 'mina-09-guest-plan');
  });

  it('lets the guardian revoke the guest at once', async () => {
    await guardian.getByRole('button', { name: 'Ta bort' }).click();
    await guardian.getByRole('button', { name: 'Ja, ta bort' }).click();
    await guardian.getByText('Mona Moster är borttagen och kan inte se något mer.').waitFor(wait);
    await aunt.reload();
    await aunt
      .getByText('Alva vill gå till skolan varje dag.')
      .waitFor({ state: 'detached', timeout: 15_000 });
    expect(await textOf(aunt.locator('main'))).not.toContain('Alva vill gå till skolan');
  });

  it('shows the guardian each read of the plan in the log of who opened it', async () => {
    await guardian.goto(`${app.url}/mina`);
    await guardian.getByRole('link', { name: /Alva/ }).click();
    await guardian.getByRole('link', { name: 'Vem har tittat på min plan?' }).click();
    await guardian.getByRole('heading', { name: 'Vem har tittat på min plan?' }).waitFor(wait);
    await guardian
      .getByText(/Mona Moster \(gäst\)/)
      .first()
      .waitFor(wait);
    const log = await textOf(guardian.locator('main'));
    expect(log).toContain('Barn- och ungdomspsykiatrin (BUP) Sörmark');
    expect(log).toContain('Individ- och familjeomsorgen Ekby');
    // What the guardian did herself is not what she asked about.
    expect(log).not.toContain('Sara Förälder (vårdnadshavare)');
    await expectAccessible(guardian, 'mina-access-log');
    await screenshot(guardian, 'mina-10-access-log');
  });

  it('wrote no identity number to the application log', () => {
    for (const idNumber of [childIdNumber, guardianIdNumber, auntIdNumber])
      expect(app.log()).not.toContain(digits(idNumber).slice(2));
  });
});
