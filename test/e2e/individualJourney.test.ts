import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/apiClient.js';
import { listenEIdBroker } from '../support/eIdBroker.js';
import type { IdentityProvider } from '../support/identityProvider.js';
import { luhn } from '../support/luhn.js';
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
  let app: RunningApp;
  let browser: Browser;
  let maria: ApiClient;
  let lina: ApiClient;
  let sipId = '';
  let units: Record<string, string> = {};
  let guardian: Page;
  skipAfterFirstFailure();

  beforeAll(async () => {
    broker = await listenEIdBroker();
    [app, browser] = await Promise.all([startBuiltApp(broker.env()), launchChromium()]);
    broker.serve(`${app.url}/api/person/auth/callback`, {
      sara: { personal_identity_number: digits(guardianIdNumber), name: 'Sara Förälder' },
      moster: { personal_identity_number: digits(auntIdNumber), name: 'Mona Moster' },
    });
    maria = new ApiClient(app.url);
    await maria.login('maria', demoPassword);
    lina = new ApiClient(app.url);
    await lina.login('lina', demoPassword);
    const organisations = await maria.get<Organisations>('/api/organisations');
    units = Object.fromEntries(organisations.body.flatMap((org) => org.units.map((unit) => [unit.name, unit.id])));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await broker?.close();
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
      person: { idNumber: childIdNumber, givenName: 'Elsa', familyName: 'Barnsdotter' },
      need: {
        initiatorType: 'staff',
        targetGroup: 'children_psychosocial',
        description: 'Elsa har svårt i skolan och behöver stöd från både BUP och socialtjänsten.',
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
      childView: 'Elsa vill att mamma är med. Hon berättar mer själv i Samplan före mötet.',
    });
    expect(consent.status, JSON.stringify(consent.body)).toBe(200);
    const starts = minutesAhead(1.5);
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
    await guardian.getByRole('link', { name: /Elsa/ }).waitFor(wait);
    await expectAccessible(guardian, 'mina-my-sips');
    await screenshot(guardian, 'mina-02-my-sips');
  });

  it('lets the guardian answer the meeting and tell what matters before it', async () => {
    await guardian.getByRole('link', { name: /Elsa/ }).click();
    await guardian.getByRole('heading', { name: 'Nästa möte' }).waitFor(wait);
    await guardian.getByRole('button', { name: 'Jag kommer' }).click();
    await guardian.getByText('Tack! Nu vet de att du kommer.').waitFor(wait);
    await expectAccessible(guardian, 'mina-overview');
    await screenshot(guardian, 'mina-03-overview');

    await guardian.getByRole('link', { name: 'Inför mötet: vad är viktigt för dig?' }).click();
    await guardian.getByLabel('Vad är viktigt för mig?').fill('Att Elsa får vara med och bestämma.');
    await guardian.getByLabel('Mina frågor').fill('Hur kan skolan och BUP hjälpas åt?');
    await guardian.getByLabel('Mina egna mål').fill('Elsa ska vilja gå till skolan.');
    await guardian.getByRole('button', { name: 'Spara' }).click();
    await guardian.getByText('Sparat. De som kommer på mötet kan läsa det.').waitFor(wait);
    await expectAccessible(guardian, 'mina-preparation');
    await screenshot(guardian, 'mina-04-preparation');

    // Staff see it in the case's preparation, as the guardian wrote it.
    const read = await maria.get<SipDetail>(`/api/sips/${sipId}`);
    expect(JSON.stringify(read.body)).toContain('Att Elsa får vara med och bestämma.');
  });
});

