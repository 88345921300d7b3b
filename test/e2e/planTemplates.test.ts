import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisations, SipDetail } from '../../src/shared/api/responses.js';
import { luhn } from '../support/luhn.js';
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
 * The demo county's plan templates at work: a child's SIP written with the template for children and young
 * people, and an older person's discharge SIP with the template for older people and discharge — each template
 * picked by the case's target group, its words in the plan editor and its checklist in the guidance, named on the
 * plan and in print. Then the system administrator changes a template and the plan says it has a newer version.
 * The steps before the plan go through the API, as the process test walks them in the browser already.
 */

const wait = { timeout: 15_000, interval: 100 };
const childId = `20150310-238${luhn('150310238')}`;

/** The API as the signed-in page calls it, with its CSRF token. */
function apiOf(page: Page, url: string) {
  const send = async <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${url}${path}`, { headers: await csrfHeader(page), data });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => send<T>('get', path),
    post: <T>(path: string, data: unknown) => send<T>('post', path, data),
    put: <T>(path: string, data: unknown) => send<T>('put', path, data),
  };
}

describe('plan templates per target group, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let maria: Page;
  let childSip: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  skipAfterFirstFailure();

  const plan = () => region(maria, 'Planen');

  it('gives a child’s SIP the template for children and young people, in the guidance and the plan editor', async () => {
    maria = await signedIn(browser, app.url, 'maria');
    const api = apiOf(maria, app.url);
    const organisations = await api.get<Organisations>('/api/organisations');
    const unitNamed = (name: string) =>
      organisations.flatMap((organisation) => organisation.units).find((unit) => unit.name === name)!.id;
    const primaryCare = unitNamed('Vårdcentralen Åsen');
    const school = unitNamed('Elevhälsan Ekbyskolan');
    const created = await api.post<{ id: string }>('/api/sips', {
      person: { idNumber: childId, givenName: 'Elin', familyName: 'Barnsson' },
      need: {
        initiatorType: 'school',
        initiatorName: 'Elevhälsan',
        targetGroup: 'children_psychosocial',
        description: 'Elin är ofta borta från skolan och sover dåligt.',
      },
    });
    childSip = created.id;
    await api.post(`/api/sips/${childSip}/consent`, {
      decision: 'given',
      method: 'written',
      givenByName: 'Sara Barnsson',
      givenByRelation: 'guardian',
      givenOn: day({}),
      validUntil: day({ months: 12 }),
      scopeUnitIds: [primaryCare, school],
      relativesMayTakePart: true,
      guardians: [{ name: 'Sara Barnsson' }, { name: 'Jon Barnsson' }],
      childView: 'Elin vill att skolan förstår varför måndagar är svåra.',
    });
    await api.post(`/api/sips/${childSip}/meetings/held`, {
      startsAt: `${day({ days: -1 })}T10:00:00+01:00`,
      endsAt: `${day({ days: -1 })}T11:00:00+01:00`,
      form: 'in_person',
      place: 'Ekbyskolan',
      individualPresent: true,
      relativesPresent: true,
      attendance: [
        { unitId: primaryCare, attendance: 'present' },
        { unitId: school, attendance: 'present' },
      ],
    });

    await maria.goto(`${app.url}/sips/${childSip}`);
    const guidance = region(maria, 'Att tänka på nu: skriv planen');
    await expect
      .poll(() => textOf(guidance), wait)
      .toContain('Mall för planen: Barn och unga (målgruppens mall)');
    // The template's own checklist, once the templates are read.
    await expect
      .poll(() => textOf(guidance), wait)
      .toContain('Barnets synpunkter finns med i planen, och hur de togs fram.');

    // The plan's parts in the template's words, with its prompts and examples.
    await plan().getByRole('textbox', { name: 'Barnets vardag just nu' }).fill('Elin går i årskurs 5.');
    expect(await textOf(plan())).toContain('Hur ser en vanlig dag ut, hemma, i skolan och på fritiden?');
    await plan()
      .getByRole('textbox', { name: /^Vad barnet och familjen behöver/ })
      .fill('Att orka gå till skolan hela veckan.');
    await plan().getByRole('textbox', { name: 'Barnets egna synpunkter' }).fill('Måndagar är svårast.');
    await expectAccessible(maria, 'template-child-plan-editor');
    await screenshot(maria, 'templates-01-child-plan-editor');
    await plan().getByRole('button', { name: 'Spara planen' }).click();
    await expectStatus(maria, 'Planen är sparad.');
    await expect.poll(() => textOf(plan()), wait).toContain('Skriven med mallen ”Barn och unga”, version 1.');
  });

  it('establishes the child’s plan and prints it with the template it was written with', async () => {
    const api = apiOf(maria, app.url);
    const sip = await api.get<SipDetail>(`/api/sips/${childSip}`);
    const organisations = await api.get<Organisations>('/api/organisations');
    const ekby = organisations.find((organisation) => organisation.name === 'Ekby kommun')!;
    const primaryCare = sip.participants.find((unit) => unit.unitName === 'Vårdcentralen Åsen')!.unitId;
    await api.put(`/api/sips/${childSip}/plan`, {
      baseRevision: sip.plan!.revision,
      content: {
        ...sip.plan!.content,
        goals: [
          { key: 'g1', kind: 'individual', text: 'Elin är i skolan fyra dagar i veckan till jullovet.' },
        ],
        efforts: [
          {
            key: 'e1',
            description: 'Samtal om sömn varannan vecka.',
            responsibleUnitId: primaryCare,
            contactPerson: 'Anna Lind',
            startDate: day({ days: 7 }),
            endDate: day({ months: 4 }),
            goalKeys: ['g1'],
          },
        ],
        overallResponsibilityOrganisationId: ekby.id,
        coordinator: {
          name: 'Maria Nilsson',
          unitId: sip.convener.unitId,
          phone: '0150-10 30 30',
          email: '',
          acceptedByIndividual: true,
        },
        childViewHowObtained: 'Elin ritade sin vecka tillsammans med skolkuratorn.',
        followUpWhat: 'Hur många dagar Elin är i skolan.',
        followUpDate: day({ months: 2 }),
      },
    });
    await maria.reload();
    await plan().getByRole('button', { name: 'Fastställ planen' }).click();
    await expectStatus(maria, 'Planen är fastställd.');

    await maria.goto(`${app.url}/sips/${childSip}/print`);
    const facts = maria.locator('.print-facts');
    await expect.poll(() => textOf(facts), wait).toContain('Mall Barn och unga, version 1');
    await expectAccessible(maria, 'template-child-print');
    await screenshot(maria, 'templates-02-child-print');
  });

  it('gives an older person’s discharge SIP the template for older people, with its actors and without a child’s view', async () => {
    const karin = await signedIn(browser, app.url, 'karin');
    const api = apiOf(karin, app.url);
    const list = await api.get<{ items: { id: string; personName: string }[] }>('/api/sips?limit=100');
    const olle = list.items.find((item) => item.personName === 'Olle Demosson')!.id;

    await karin.goto(`${app.url}/sips/${olle}`);
    const calling = region(karin, 'Att tänka på nu: kallelse och möte');
    await expect
      .poll(() => textOf(calling), wait)
      .toContain('Mall för planen: Äldre med många behov och utskrivning (målgruppens mall)');
    await expect.poll(() => textOf(calling), wait).toContain('Hemtjänsten – För stöd i vardagen hemma.');
    expect(await textOf(calling)).toContain('Aktörer att överväga att kalla');
    await expectAccessible(karin, 'template-discharge-invitation');
    await screenshot(karin, 'templates-03-discharge-guidance');

    // The meeting began this morning; the ward records that both came, and the plan is written.
    const sip = await api.get<SipDetail>(`/api/sips/${olle}`);
    await api.post(`/api/sips/${olle}/attendance`, {
      individualPresent: true,
      relativesPresent: false,
      attendance: sip.invitations.map((invitation) => ({
        invitationId: invitation.id,
        attendance: 'present',
      })),
    });
    // Opened again, the case goes to where its work is now: the plan.
    await karin.goto(`${app.url}/sips/${olle}`);
    const writing = region(karin, 'Att tänka på nu: skriv planen');
    await expect
      .poll(() => textOf(writing), wait)
      .toContain('Den fasta vårdkontakten i primärvården finns med i planen.');
    const olles = region(karin, 'Planen');
    await olles
      .getByRole('textbox', { name: 'Hälsa och vardag' })
      .fill('Olle har vårdats för en höftfraktur.');
    await olles
      .getByRole('textbox', { name: /^Behov efter utskrivningen/ })
      .fill('Hjälp med dusch och inköp.');
    await olles
      .getByRole('textbox', { name: /^Läkemedel/ })
      .fill('Vårdcentralen ansvarar för läkemedelslistan.');
    expect(await textOf(olles)).toContain(
      'Vem ansvarar för läkemedelslistan och för att personen får sina läkemedel?',
    );
    expect(await olles.getByRole('textbox', { name: /Barnets/ }).count()).toBe(0);
    await expectAccessible(karin, 'template-discharge-plan-editor');
    await screenshot(karin, 'templates-04-discharge-plan-editor');
    await olles.getByRole('button', { name: 'Spara planen' }).click();
    await expectStatus(karin, 'Planen är sparad.');
    await expect
      .poll(() => textOf(olles), wait)
      .toContain('Skriven med mallen ”Äldre med många behov och utskrivning”, version 1.');

    await karin.goto(`${app.url}/sips/${olle}/print`);
    await expect
      .poll(() => textOf(karin.locator('.print-facts')), wait)
      .toContain('Mall Äldre med många behov och utskrivning, version 1');
  });

  it('lets the system administrator change a template into a new version, which the plan then points out', async () => {
    const admin = await signedIn(browser, app.url, 'admin');
    await admin.goto(`${app.url}/templates`);
    const card = region(admin, 'Barn och unga');
    await card.getByRole('button', { name: 'Ändra mallen Barn och unga' }).click();
    const checklist = admin.getByRole('textbox', { name: 'Checklista: Möte hållet' });
    await checklist.fill(`${await checklist.inputValue()}\nSkolans anpassningar finns med bland insatserna.`);
    await expectAccessible(admin, 'template-editor');
    await screenshot(admin, 'templates-05-editor');
    await admin.getByRole('button', { name: 'Spara ny version' }).click();
    await expectStatus(admin, 'Mallen sparades som version 2.');
    expect(await textOf(region(admin, 'Barn och unga'))).toMatch(/Version 2, ändrad .* av /);

    await maria.goto(`${app.url}/sips/${childSip}`);
    await expect
      .poll(() => textOf(plan()), wait)
      .toContain('Mallen har ändrats sedan dess: nästa sparning skrivs med den nya versionen.');
    expect(await textOf(plan())).toContain('Skriven med mallen ”Barn och unga”, version 1.');
  });
});
