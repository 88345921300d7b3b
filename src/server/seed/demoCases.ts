import { addDays, format } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SeededCounty } from '../../db/seed/seedDemo.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { emptyPlan } from '../../shared/plan.js';
import type { Actor } from '../sips/actor.js';
import { createSip } from '../sips/createSip.js';
import { answerInvitation } from '../sips/steps/answerInvitation.js';
import { recordAttendance } from '../sips/steps/attendance.js';
import { recordConsent } from '../sips/steps/consent.js';
import { scheduleMeeting } from '../sips/steps/invite.js';
import { recordGuardian } from '../sips/steps/guardians.js';
import { establishPlan, savePlan } from '../sips/steps/plan.js';
import { savePreparation } from '../sips/steps/preparation.js';
import { seedDemoDischarges } from './demoDischarges.js';
import { seedDemoRoutineTexts } from './demoRoutineTexts.js';
import { seedDemoTemplates } from './demoTemplates.js';
import { demoCode, seedDemoCodes } from './demoCodes.js';
import { meetingBegan } from './meetingBegan.js';
import { demoGuardians } from './demoPeople.js';

/**
 * A few fictional cases in different phases, made through the same steps staff use, so that a demo user finds
 * an inbox, running plans and a follow-up coming up. The identity numbers are test numbers.
 */
export async function seedDemoCases(db: Kysely<DB>, county: SeededCounty): Promise<void> {
  // First, so the demo plans are written with their target group's template.
  await seedDemoTemplates(db);
  await seedDemoCodes(db);
  const unit = (key: string) => county.unitIds.get(key)!;
  const as = (username: string, unitKey: string): Actor => ({
    userId: county.userIds.get(username)!,
    unitId: unit(unitKey),
    role: 'staff',
    clientAddress: 'seed',
  });
  const day = (offset: number) =>
    format(addDays(new Date(`${stockholmDate()}T12:00:00`), offset), 'yyyy-MM-dd');
  const at = (offset: number, hour: number) =>
    new Date(`${day(offset)}T${String(hour).padStart(2, '0')}:00:00+01:00`).toISOString();
  const maria = as('maria', 'ekby.ifo');
  const karin = as('karin', 'region.avd');

  // 1. An adult with a running plan between social services, home care and primary care; follow-up soon.
  const tor = await createSip(db, maria, {
    person: {
      idNumber: '19121212-1212',
      reserve: false,
      givenName: 'Tor',
      familyName: 'Exempelsson',
      protectedIdentity: false,
      address: 'Storgatan 1, Ekby',
      phone: '',
    },
    need: {
      initiatorType: 'individual',
      initiatorUnitId: null,
      initiatorName: '',
      targetGroup: 'mental_illness',
      description:
        'Tor har kontakt med flera verksamheter och vill att de samordnar sig kring boende och vård.',
    },
  });
  await recordConsent(db, maria, tor, {
    decision: 'given',
    method: 'written',
    givenByName: 'Tor Exempelsson',
    givenByRelation: 'individual',
    givenOn: day(0),
    validUntil: day(365),
    scopeUnitIds: [unit('ekby.home'), unit('region.vc'), unit('region.psyk')],
    relativesMayTakePart: true,
    guardians: [],
    childView: '',
    note: '',
  });
  await savePreparation(db, maria, tor, {
    whatMatters: 'Att få bo kvar hemma och ha en fast kontakt.',
    questions: 'Vem hjälper mig med medicinerna?',
    childView: '',
    meetingForm: 'in_person',
    place: 'Socialkontoret, Ekby',
  });
  await scheduleMeeting(db, maria, tor, {
    startsAt: at(1, 9),
    endsAt: at(1, 10),
    form: 'in_person',
    place: 'Socialkontoret, Ekby',
    unitIds: [unit('ekby.home'), unit('region.vc')],
    message: 'Välkomna till SIP-möte för Tor.',
  });
  for (const [username, key] of [
    ['johan', 'ekby.home'],
    ['anna', 'region.vc'],
  ] as const) {
    const invitation = await db
      .selectFrom('invitations')
      .select('id')
      .where('sipId', '=', tor)
      .where('unitId', '=', unit(key))
      .executeTakeFirstOrThrow();
    await answerInvitation(db, as(username, key), invitation.id, {
      command: 'accept',
      attendees: username === 'johan' ? 'Johan Larsson' : 'Anna Lind',
    });
  }
  await meetingBegan(db, tor, 3);
  const invitations = await db.selectFrom('invitations').select('id').where('sipId', '=', tor).execute();
  await recordAttendance(db, maria, tor, {
    individualPresent: true,
    relativesPresent: true,
    note: '',
    attendance: invitations.map((i) => ({ invitationId: i.id, attendance: 'present' as const })),
  });
  const region = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'municipality')
    .where('name', '=', 'Ekby kommun')
    .executeTakeFirstOrThrow();
  await savePlan(db, maria, tor, {
    baseRevision: 0,
    reason: '',
    content: {
      ...emptyPlan(),
      situation:
        'Jag bor ensam i lägenhet och tycker att det är svårt att hålla ordning på tider och mediciner.',
      needs: 'Stöd i vardagen hemma och en samlad kontakt med vården.',
      needsCodes: [demoCode('d230'), demoCode('d640')],
      strengths: 'Jag lagar gärna mat och träffar min syster varje vecka.',
      wishes: 'Att bo kvar hemma.',
      goals: [
        { key: 'g1', kind: 'individual', text: 'Jag klarar min vardag hemma.', codes: [demoCode('d230')] },
        {
          key: 'g2',
          kind: 'shared',
          text: 'Medicineringen fungerar utan missade doser.',
          codes: [demoCode('d570')],
        },
      ],
      efforts: [
        {
          key: 'e1',
          description: 'Hemtjänst två gånger i veckan för stöd med städning och inköp.',
          responsibleUnitId: unit('ekby.home'),
          contactPerson: 'Johan Larsson',
          startDate: day(2),
          endDate: day(180),
          goalKeys: ['g1'],
          codes: [demoCode('d640')],
        },
        {
          key: 'e2',
          description: 'Läkemedelsgenomgång och dosett.',
          responsibleUnitId: unit('region.vc'),
          contactPerson: 'Anna Lind',
          startDate: day(2),
          endDate: day(60),
          goalKeys: ['g2'],
          codes: [demoCode('d570')],
        },
      ],
      overallResponsibilityOrganisationId: region.id,
      coordinator: {
        name: 'Maria Nilsson',
        unitId: unit('ekby.ifo'),
        phone: '0150-10 30 30',
        email: 'maria@demo.samplan.se',
        acceptedByIndividual: true,
      },
      writtenWithUnitIds: [],
      timePlan: 'Insatserna startar inom en vecka. Uppföljning om tio dagar.',
      followUpWhat: 'Hur hemtjänsten och medicineringen fungerar.',
      followUpDate: day(10),
      individualParticipation: 'Tor deltog i mötet tillsammans med sin syster.',
    },
  });
  await establishPlan(db, maria, tor, 1);

  // 2. A patient ready for discharge: the ward invited home care and primary care to a meeting that began an hour
  // ago; both still have the invitation in their inbox, and the ward has the attendance to record.
  const olle = await createSip(db, karin, {
    person: {
      idNumber: '19380624-9235',
      reserve: false,
      givenName: 'Olle',
      familyName: 'Demosson',
      protectedIdentity: false,
      address: '',
      phone: '',
    },
    need: {
      initiatorType: 'staff',
      initiatorUnitId: unit('region.avd'),
      initiatorName: '',
      targetGroup: 'discharge',
      description:
        'Olle blir utskrivningsklar inom kort och behöver hemtjänst och uppföljning i primärvården.',
    },
  });
  await recordConsent(db, karin, olle, {
    decision: 'given',
    method: 'oral',
    givenByName: 'Olle Demosson',
    givenByRelation: 'individual',
    givenOn: day(0),
    validUntil: day(180),
    scopeUnitIds: [unit('ekby.home'), unit('region.vc')],
    relativesMayTakePart: false,
    guardians: [],
    childView: '',
    note: '',
  });
  await scheduleMeeting(db, karin, olle, {
    startsAt: at(2, 13),
    endsAt: at(2, 14),
    form: 'video',
    place: 'Videolänk skickas av avdelningen',
    unitIds: [unit('ekby.home'), unit('region.vc')],
    message: 'SIP inför utskrivning.',
  });
  // The meeting began this morning: the ward records who came.
  await meetingBegan(db, olle, 1);

  // 3. A need just noticed by adult psychiatry: consent is the next step.
  await createSip(db, as('erik', 'region.psyk'), {
    person: {
      idNumber: 'RES-2026-0042',
      reserve: true,
      givenName: 'Okänd',
      familyName: 'Patient',
      protectedIdentity: false,
      address: '',
      phone: '',
    },
    need: {
      initiatorType: 'staff',
      initiatorUnitId: unit('region.psyk'),
      initiatorName: '',
      targetGroup: 'substance_abuse',
      description: 'Patienten har behov av insatser från både psykiatrin och socialtjänsten.',
    },
  });

  // 4. A ten-year-old whose school and child psychiatry need to work together with social services: the guardians
  // consented, both are recorded so they can sign in with e-ID (demoPeople.ts), and the meeting is called.
  const elsa = await createSip(db, maria, {
    person: {
      idNumber: '20160514-2387',
      reserve: false,
      givenName: 'Elsa',
      familyName: 'Ekström',
      protectedIdentity: false,
      address: 'Skolvägen 4, Ekby',
      phone: '',
    },
    need: {
      initiatorType: 'school',
      initiatorUnitId: unit('school.health'),
      initiatorName: 'Elevhälsan',
      targetGroup: 'children_psychosocial',
      description:
        'Elsa är ofta hemma från skolan och har svårt att sova. Skolan, BUP och socialtjänsten behöver planera tillsammans med familjen.',
    },
  });
  await recordConsent(db, maria, elsa, {
    decision: 'given',
    method: 'written',
    givenByName: 'Linnea Ekström',
    givenByRelation: 'guardian',
    givenOn: day(0),
    validUntil: day(365),
    scopeUnitIds: [unit('region.bup'), unit('school.health')],
    relativesMayTakePart: true,
    guardians: [{ name: 'Linnea Ekström' }, { name: 'Jonas Ekström' }],
    childView:
      'Elsa vill att de vuxna pratar med varandra så att hon slipper berätta samma sak många gånger.',
    note: '',
  });
  for (const { name, idNumber, email } of demoGuardians) {
    await recordGuardian(db, maria, elsa, { name, idNumber, email, mobile: '' });
  }
  await savePreparation(db, maria, elsa, {
    whatMatters: 'Att Elsa kan gå till skolan och sova bättre.',
    questions: 'Vem på skolan kan Elsa prata med?',
    childView: 'Elsa berättar själv före mötet, på barnets sida i Samplan.',
    meetingForm: 'in_person',
    place: 'Ekbyskolan, elevhälsans rum',
  });
  await scheduleMeeting(db, maria, elsa, {
    startsAt: at(6, 14),
    endsAt: at(6, 15),
    form: 'in_person',
    place: 'Ekbyskolan, elevhälsans rum',
    unitIds: [unit('region.bup'), unit('school.health')],
    message: 'Välkomna till SIP-möte för Elsa och hennes familj.',
  });

  // 5. Discharges from the hospital ward: one still in time, one already late.
  await seedDemoDischarges(db, county);

  // The county's routine text for every step of the guidance.
  await seedDemoRoutineTexts(db, county);
}
