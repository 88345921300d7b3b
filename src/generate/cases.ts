import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { TIME_ZONE } from '../domain/time/stockholm.js';
import { feedbackQuestions } from '../shared/api/feedback.js';
import type { AreaUnit } from './county.js';
import { sqlUuid } from './random.js';
import { storySql, type StoryBatch } from './story.js';

/** The triggers that keep derived tables current, each table with its own (0014 and 0017). */
const keptTables = [
  ['sip_events', 'sip_events_statistics'],
  ['sip_participants', 'unit_cases_participants_added'],
  ['sip_participants', 'unit_cases_participants_changed'],
  ['sip_participants', 'unit_cases_participants_removed'],
  ['consents', 'unit_cases_consents_added'],
  ['consents', 'unit_cases_consents_changed'],
  ['consent_scope_units', 'unit_cases_scope_added'],
  ['sips', 'unit_cases_activity'],
] as const;

/**
 * Writes one batch of generated SIPs, in the caller's transaction, into the real tables: persons, sips and their
 * participants, consents and their scope, meetings, invitations with answers and attendance, plans and versions,
 * follow-ups, the case history (sip_events) and, for discharge cases, the discharge process and its events. Each
 * table gets one INSERT … SELECT over the batch's stories, so a batch of thousands is a handful of statements.
 */
export async function writeCaseBatch(
  trx: Kysely<DB>,
  batch: StoryBatch & { caseNumberBase: number; areaUnits: AreaUnit[] },
): Promise<void> {
  const { seed } = batch;
  const id = (kind: string, at: string) => sqlUuid(seed, kind, 's.i', at);
  const run = (statement: string) => sql.raw(statement).execute(trx);
  await run(`SET LOCAL TimeZone = '${TIME_ZONE}'`);
  // The statistics facts and the units' cases are refilled once after the whole load (generate.ts); refreshing
  // them for every batch would cost more than writing it. Disabled in this transaction only: nobody else sees
  // them off.
  for (const [table, trigger] of keptTables) await run(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  await run(`CREATE TEMP TABLE gen_units (area int, key text, unit_id uuid, user_id uuid) ON COMMIT DROP`);
  await run(
    `INSERT INTO gen_units VALUES ${batch.areaUnits
      .map((unit) => `(${unit.area}, '${unit.key}', '${unit.unitId}', '${unit.userId}')`)
      .join(', ')}`,
  );
  await run(storySql(batch));
  await run(`
CREATE TEMP TABLE gen_case ON COMMIT DROP AS
SELECT s.*,
  ${id('sip', 's.t_need')} AS sip_id,
  ${id('person', 's.t_need')} AS person_id,
  ${id('consent', 's.p_consent')} AS consent_id,
  ${id('meeting', 's.p_invite')} AS meeting_id,
  ${id('invitation-partner', 's.p_invite')} AS partner_invitation_id,
  ${id('invitation-other', 's.p_invite')} AS other_invitation_id,
  ${id('follow-up', 's.t_need')} AS follow_up_id,
  ${id('discharge', 's.t_need')} AS discharge_id,
  cu.unit_id AS convener_unit, cu.user_id AS convener_user,
  (SELECT organisation_id FROM units WHERE id = cu.unit_id) AS convener_organisation,
  pu.unit_id AS partner_unit, pu.user_id AS partner_user,
  ou.unit_id AS other_unit, ou.user_id AS other_user,
  wu.unit_id AS ward_unit, wu.user_id AS ward_user,
  CASE WHEN s.close_at IS NOT NULL THEN 'closed' ELSE s.open_phase END AS phase,
  CASE WHEN s.r_other_answer < 0.8 THEN 'accepted' ELSE 'declined' END AS other_answer,
  ${personnummerSql('s.birth_date', 's.serial')} AS id_number,
  ${needTexts} AS need_description_text,
  CASE WHEN s.r_initiator < 0.6 THEN 'staff' WHEN s.r_initiator < 0.7 THEN 'individual'
    WHEN s.r_initiator < 0.85 THEN 'relative' WHEN s.r_initiator < 0.95 AND s.age < 18 THEN 'school'
    ELSE 'other_actor' END AS initiator_type
FROM gen_story s
JOIN gen_units cu ON cu.area = s.area AND cu.key = s.convener_key
JOIN gen_units pu ON pu.area = s.area AND pu.key = s.partner_key
LEFT JOIN gen_units ou ON ou.area = s.area AND ou.key = s.other_key
JOIN gen_units wu ON wu.area = s.area AND wu.key = 'ward'`);
  for (const statement of caseStatements(seed, batch.caseNumberBase)) await run(statement);
  for (const statement of eventStatements(seed)) await run(statement);
  for (const [table, trigger] of keptTables) await run(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
}

/** Twelve digits with the check digit by the Luhn rule over the ten-digit form, as the Tax Agency issues them. */
function personnummerSql(birthDate: string, serial: string): string {
  const nine = `(to_char(${birthDate}, 'YYMMDD') || lpad(${serial}::text, 3, '0'))`;
  const terms = Array.from({ length: 9 }, (_, index) => {
    const product = `(substr(${nine}, ${index + 1}, 1)::int * ${index % 2 === 0 ? 2 : 1})`;
    return `(${product} / 10 + ${product} % 10)`;
  });
  return `(to_char(${birthDate}, 'YYYYMMDD') || lpad(${serial}::text, 3, '0') || ((10 - (${terms.join(' + ')}) % 10) % 10)::text)`;
}

const femaleNames = `ARRAY['Alva','Elsa','Maja','Ebba','Wilma','Astrid','Saga','Ingrid','Aisha','Leila','Karin','Margareta']`;
const maleNames = `ARRAY['Oscar','Liam','William','Hugo','Noah','Elias','Omar','Yusuf','Lars','Bengt','Sven','Göran']`;
const familyNames = `ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson','Hassan','Lindqvist']`;
const nth = (list: string, draw: string) => `(${list})[1 + floor(${draw} * 12)::int]`;
const isMale = `(serial % 2 = 1)`;

const needTexts = `CASE target_group
  WHEN 'children_disability' THEN 'Barnet behöver stöd från habilitering, LSS och skola som hänger ihop.'
  WHEN 'children_psychosocial' THEN 'Barnet mår dåligt och behöver samordnade insatser från BUP, socialtjänst och skola.'
  WHEN 'elderly_multimorbid' THEN 'Flera sjukdomar och behov av hemtjänst och hemsjukvård som behöver samordnas.'
  WHEN 'mental_illness' THEN 'Psykisk ohälsa med behov av stöd i boendet och kontakt med psykiatrin.'
  WHEN 'substance_abuse' THEN 'Beroende med behov av behandling och socialt stöd samtidigt.'
  WHEN 'discharge' THEN 'Utskrivningsklar från slutenvården med behov av insatser från båda huvudmännen.'
  ELSE 'Behov av insatser från både region och kommun som behöver samordnas.' END`;

function caseStatements(seed: number, caseNumberBase: number): string[] {
  const planContent = `jsonb_build_object(
    'situation', 'Bor hemma. Vill klara vardagen med rätt stöd.', 'needs', need_description_text,
    'needsCodes', '[]'::jsonb,
    'strengths', 'Har god kontakt med närstående.', 'wishes', 'Att alla vet vem som gör vad.',
    'goals', jsonb_build_array(
      jsonb_build_object('key', 'g1', 'kind', 'individual', 'text', 'Klara vardagen hemma.', 'codes', '[]'::jsonb),
      jsonb_build_object('key', 'g2', 'kind', 'shared', 'text', 'Insatserna är samordnade.', 'codes', '[]'::jsonb)),
    'efforts', jsonb_build_array(
      jsonb_build_object('key', 'e1', 'description', 'Stöd enligt beslut.', 'responsibleUnitId', partner_unit,
        'contactPerson', 'Kontaktperson', 'startDate', plan_at::date, 'endDate', NULL, 'goalKeys', jsonb_build_array('g1'),
        'codes', '[]'::jsonb),
      jsonb_build_object('key', 'e2', 'description', 'Behandling och uppföljning.', 'responsibleUnitId', convener_unit,
        'contactPerson', 'Kontaktperson', 'startDate', plan_at::date, 'endDate', NULL, 'goalKeys', jsonb_build_array('g2'),
        'codes', '[]'::jsonb)),
    'measuresByOthers', '[]'::jsonb,
    'overallResponsibilityOrganisationId', convener_organisation,
    'coordinator', jsonb_build_object('name', 'Samordnare', 'unitId', convener_unit, 'phone', '', 'email', '',
      'acceptedByIndividual', true),
    'writtenWithUnitIds', jsonb_build_array(),
    'timePlan', 'Insatserna startar direkt.', 'followUpWhat', 'Målen och insatserna.', 'followUpDate', follow_due,
    'medication', '', 'assistiveDevices', '',
    'childView', CASE WHEN age < 18 THEN 'Vill ha lugn i skolan.' ELSE '' END,
    'childViewHowObtained', CASE WHEN age < 18 THEN 'Samtal före mötet.' ELSE '' END,
    'individualParticipation', CASE WHEN r_present < 0.8 THEN 'Deltog på mötet.' ELSE 'Gav sin syn före mötet.' END)`;
  const answered = (who: 'partner' | 'other') =>
    who === 'partner'
      ? { at: 'partner_answer_at', answer: 'partner_answer', unit: 'partner_unit', user: 'partner_user' }
      : { at: 'partner_answer_at', answer: 'other_answer', unit: 'other_unit', user: 'other_user' };
  const invitation = (who: 'partner' | 'other') => {
    const a = answered(who);
    const obliged = who === 'partner';
    return `INSERT INTO invitations (id, sip_id, meeting_id, unit_id, obliged, status, sent_at, sent_by,
      acknowledged_at, acknowledged_by, answered_at, answered_by, attendees, decline_reason, attendance)
    SELECT ${who}_invitation_id, sip_id, meeting_id, ${a.unit}, ${obliged},
      CASE WHEN ${a.at} IS NULL THEN 'sent' ELSE ${a.answer} END, invite_at, convener_user,
      ${a.at} - interval '1 hour', CASE WHEN ${a.at} IS NOT NULL THEN ${a.user} END,
      ${a.at}, CASE WHEN ${a.at} IS NOT NULL THEN ${a.user} END,
      CASE WHEN ${a.at} IS NOT NULL AND ${a.answer} = 'accepted' THEN 'Handläggare' ELSE '' END,
      CASE WHEN ${a.at} IS NOT NULL AND ${a.answer} = 'declined' THEN 'Enheten har ingen insats i ärendet.' ELSE '' END,
      CASE WHEN meeting_at IS NULL THEN NULL
        WHEN ${a.at} IS NULL THEN 'absent_without_notice'
        WHEN ${a.answer} = 'declined' THEN 'absent_with_notice'
        ELSE ${obliged ? 'partner_attendance' : `CASE WHEN r_attend > 0.9 THEN 'absent_with_notice' ELSE 'present' END`} END
    FROM gen_case WHERE invite_at IS NOT NULL${obliged ? '' : ' AND other_unit IS NOT NULL'}`;
  };
  return [
    `INSERT INTO persons (id, id_kind, id_number, given_name, family_name, birth_date, sex, protected_identity,
       created_at, updated_at)
     SELECT person_id, 'personnummer', id_number,
       CASE WHEN ${isMale} THEN ${nth(maleNames, 'r_name')} ELSE ${nth(femaleNames, 'r_name')} END,
       ${nth(familyNames, 'r_misc')}, birth_date, CASE WHEN ${isMale} THEN 'male' ELSE 'female' END,
       r_name > 0.99, t_need, t_need
     FROM gen_case`,
    `INSERT INTO sips (id, case_number, person_id, convening_unit_id, created_by, phase, phase_before_pause,
       initiator_type, initiator_unit_id, initiator_name, target_group, need_description, next_follow_up_on,
       closure_reason, closed_at, revision, created_at, updated_at)
     SELECT sip_id, 'SIP-' || to_char(t_need, 'YYYY') || '-' || lpad(n::text, greatest(5, length(n::text)), '0'),
       person_id, convener_unit, convener_user, phase,
       CASE WHEN phase = 'paused' THEN 'plan_established' END,
       initiator_type, NULL, '', target_group, need_description_text,
       CASE WHEN phase = 'plan_established' THEN coalesce(follow_on + 180, follow_due) END,
       CASE WHEN close_at IS NULL THEN NULL
         WHEN fate = 'declined' THEN 'consent_declined'
         WHEN fate = 'withdrawn' THEN 'consent_withdrawn'
         WHEN fate = 'stopped' THEN CASE WHEN r_reason < 0.4 THEN 'no_longer_needed'
           WHEN r_reason < 0.7 THEN 'individual_ended' WHEN r_reason < 0.85 THEN 'moved' ELSE 'other' END
         ELSE CASE WHEN r_reason < 0.6 THEN 'goals_reached' WHEN r_reason < 0.72 THEN 'individual_ended'
           WHEN r_reason < 0.82 THEN 'moved' WHEN r_reason < 0.9 THEN 'no_longer_needed'
           WHEN r_reason < 0.93 OR age >= 65 THEN 'deceased' ELSE 'other' END END,
       close_at, 1, t_need,
       greatest(t_need, consent_at, invite_at, meeting_at, plan_at, pause_at, close_at)
     -- Five digits at least, as the app writes them, and more once the numbers pass 99,999.
     FROM gen_case, LATERAL (SELECT ${caseNumberBase} + i + 1 AS n) AS numbered`,
    `INSERT INTO sip_participants (sip_id, unit_id, part, since)
     SELECT sip_id, convener_unit, 'convener', t_need FROM gen_case
     UNION ALL SELECT sip_id, partner_unit, 'invited', invite_at FROM gen_case WHERE invite_at IS NOT NULL
     UNION ALL SELECT sip_id, partner_unit, 'accepted', partner_answer_at FROM gen_case
       WHERE partner_answer_at IS NOT NULL AND partner_answer = 'accepted'
     UNION ALL SELECT sip_id, partner_unit, 'effort', plan_at FROM gen_case WHERE plan_at IS NOT NULL
     UNION ALL SELECT sip_id, other_unit, 'invited', invite_at FROM gen_case
       WHERE invite_at IS NOT NULL AND other_unit IS NOT NULL
     UNION ALL SELECT sip_id, other_unit, 'accepted', partner_answer_at FROM gen_case
       WHERE partner_answer_at IS NOT NULL AND other_unit IS NOT NULL AND other_answer = 'accepted'`,
    `INSERT INTO consents (id, sip_id, decision, method, given_by_name, given_by_relation, given_on, valid_until,
       relatives_may_take_part, guardians, child_view, consequences_explained, recorded_by, recorded_unit_id,
       recorded_at, withdrawn_at, withdrawn_by)
     SELECT consent_id, sip_id, CASE WHEN fate = 'declined' THEN 'declined' ELSE 'given' END,
       CASE WHEN r_misc < 0.5 THEN 'written' WHEN r_misc < 0.85 THEN 'oral' ELSE 'digital' END,
       CASE WHEN age < 18 THEN 'Vårdnadshavare' ELSE 'Den enskilde' END,
       CASE WHEN age < 18 THEN 'guardian' WHEN r_swap > 0.97 THEN 'legal_representative' ELSE 'individual' END,
       consent_at::date, CASE WHEN fate <> 'declined' THEN consent_at::date + 730 END,
       fate <> 'declined' AND r_swap < 0.6,
       CASE WHEN age < 18 AND fate <> 'declined'
         THEN '[{"name": "Vårdnadshavare 1"}, {"name": "Vårdnadshavare 2"}]'::jsonb ELSE '[]'::jsonb END,
       CASE WHEN age < 18 AND fate <> 'declined' THEN 'Vill att någon lyssnar.' ELSE '' END,
       fate = 'declined', convener_user, convener_unit, consent_at, pause_at,
       CASE WHEN pause_at IS NOT NULL THEN convener_user END
     FROM gen_case WHERE consent_at IS NOT NULL`,
    `INSERT INTO consent_scope_units (consent_id, unit_id)
     SELECT consent_id, unit_id FROM gen_case,
       LATERAL (VALUES (convener_unit), (partner_unit), (other_unit)) AS scope(unit_id)
     WHERE consent_at IS NOT NULL AND fate <> 'declined' AND unit_id IS NOT NULL`,
    `INSERT INTO meetings (id, sip_id, starts_at, ends_at, form, status, individual_present, relatives_present,
       created_by, organiser_unit_id, created_at, updated_at)
     SELECT meeting_id, sip_id, p_meeting, p_meeting + interval '90 minutes',
       CASE WHEN r_misc < 0.7 THEN 'in_person' WHEN r_misc < 0.9 THEN 'video' ELSE 'phone' END,
       CASE WHEN meeting_at IS NOT NULL THEN 'held' ELSE 'scheduled' END,
       CASE WHEN meeting_at IS NOT NULL THEN r_present < 0.8 END,
       CASE WHEN meeting_at IS NOT NULL THEN r_present < 0.3 OR (age < 18 AND r_present < 0.95) END,
       convener_user, convener_unit, invite_at, coalesce(meeting_at + interval '90 minutes', invite_at)
     FROM gen_case WHERE invite_at IS NOT NULL`,
    invitation('partner'),
    invitation('other'),
    // The version is written from the rows just inserted: a join with the plans table would read every batch's.
    `WITH established AS (
       INSERT INTO plans (sip_id, content, revision, established_version, updated_by, updated_at)
       SELECT sip_id, ${planContent}, 1, 1, convener_user, plan_at FROM gen_case WHERE plan_at IS NOT NULL
       RETURNING sip_id, content, updated_by, updated_at)
     INSERT INTO plan_versions (sip_id, version, content, author_id, author_unit_id, created_at, approved_at,
       approval_method, approval_recorded_by)
     SELECT e.sip_id, 1, e.content, e.updated_by, g.convener_unit, e.updated_at, e.updated_at, 'in_meeting',
       e.updated_by
     FROM established e JOIN gen_case g ON g.sip_id = e.sip_id`,
    `INSERT INTO follow_ups (id, sip_id, plan_version, held_on, items, next_date, recorded_by, recorded_unit_id,
       recorded_at)
     SELECT follow_up_id, sip_id, 1, follow_on,
       jsonb_build_array(
         jsonb_build_object('kind', 'goal', 'key', 'g1', 'outcome',
           CASE WHEN r_reason < 0.5 THEN 'achieved' WHEN r_reason < 0.85 THEN 'partly' ELSE 'not_achieved' END,
           'note', ''),
         jsonb_build_object('kind', 'effort', 'key', 'e1', 'outcome', 'partly', 'note', '')),
       follow_on + 180, convener_user, convener_unit, follow_on + time '10:00'
     FROM gen_case WHERE follow_on IS NOT NULL`,
    // About a third of those at a held meeting answer the feedback form; most answers are favourable.
    `INSERT INTO feedback_answers (id, convening_unit_id, organisation_id, meeting_month, respect, co_determination,
       relevance, structure, information, follow_up)
     SELECT md5('${seed}:feedback:' || i)::uuid, convener_unit, convener_organisation,
       date_trunc('month', meeting_at)::date,
       ${feedbackColumns.map((column) => score(`r_${column}`)).join(', ')}
     FROM gen_case WHERE meeting_at IS NOT NULL AND r_feedback < 0.35`,
    `INSERT INTO discharge_processes (id, person_id, inpatient_unit_id, municipality_unit_id, primary_care_unit_id,
       expects_municipality_efforts, expects_primary_care_efforts, admitted_at, admission_notice_at,
       estimated_discharge_on, ready_at, invitation_last_day, invitation_late_from, care_contact_unit_id,
       care_contact_user_id, sip_id, invited_at, status, registered_by, created_at, updated_at)
     SELECT discharge_id, person_id, ward_unit, partner_unit, convener_unit, true, true,
       t_ready - (2 + r_misc * 8) * interval '1 day', t_ready - (2 + r_misc * 8) * interval '1 day' + interval '5 hours',
       t_ready::date, t_ready, t_ready::date + 3, (t_ready::date + 4)::timestamp, convener_unit, convener_user,
       sip_id, invite_at, CASE WHEN invite_at IS NOT NULL THEN 'invited' ELSE 'sip_started' END, ward_user,
       t_ready - (2 + r_misc * 8) * interval '1 day', greatest(t_need, invite_at)
     FROM gen_case WHERE target_group = 'discharge'`,
  ];
}

/** The feedback questions' columns (the API's names in snake_case). */
const feedbackColumns = feedbackQuestions.map((question) =>
  question.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
);
/** A score 1–5 leaning to the top, as SIP-kollen's answers do; null now and then for "vet ej". */
const score = (draw: string) =>
  `CASE WHEN ${draw} < 0.03 THEN NULL WHEN ${draw} < 0.48 THEN 5 WHEN ${draw} < 0.8 THEN 4 WHEN ${draw} < 0.92 THEN 3
     WHEN ${draw} < 0.97 THEN 2 ELSE 1 END`;

/** The case history: one event per step, at the step's time, by the unit that took it. */
function eventStatements(seed: number): string[] {
  const event = (
    type: string,
    at: string,
    /** SQL expressions for the phase before and after; null for an event that does not change the phase. */
    phases: [string, string] | null,
    actor: 'convener' | 'partner' | 'other',
    data: string,
    where = `${at} IS NOT NULL`,
  ) =>
    `SELECT ${sqlUuid(seed, `event-${type}`, 'i', at)}, sip_id, '${type}',
       ${phases ? phases.join(', ') : 'NULL, NULL'},
       ${at}, ${actor}_user, ${actor}_unit, ${data}
     FROM gen_case WHERE ${where}`;
  const sipEvents = [
    event(
      'needIdentified',
      't_need',
      ['NULL', `'need_identified'`],
      'convener',
      `jsonb_build_object('initiatorType', initiator_type, 'targetGroup', target_group)`,
    ),
    event(
      'recordConsent',
      'consent_at',
      [`'need_identified'`, `'preparation'`],
      'convener',
      `jsonb_build_object('decision', 'given', 'method', 'written', 'validUntil', consent_at::date + 730)`,
      `consent_at IS NOT NULL AND fate <> 'declined'`,
    ),
    event(
      'declineConsent',
      'consent_at',
      [`'need_identified'`, `'consent_declined'`],
      'convener',
      `jsonb_build_object('decision', 'declined', 'method', 'oral')`,
      `consent_at IS NOT NULL AND fate = 'declined'`,
    ),
    event(
      'invite',
      'invite_at',
      [`'preparation'`, `'invitation'`],
      'convener',
      `jsonb_build_object('meetingId', meeting_id, 'invited', CASE WHEN other_unit IS NULL THEN 1 ELSE 2 END)`,
    ),
    event(
      'invitationAccepted',
      'partner_answer_at',
      null,
      'partner',
      `jsonb_build_object('invitationId', partner_invitation_id, 'unitId', partner_unit)`,
      `invite_at IS NOT NULL AND partner_answer_at IS NOT NULL AND partner_answer = 'accepted'`,
    ),
    event(
      'invitationDeclined',
      'partner_answer_at',
      null,
      'partner',
      `jsonb_build_object('invitationId', partner_invitation_id, 'unitId', partner_unit, 'obliged', true)`,
      `invite_at IS NOT NULL AND partner_answer_at IS NOT NULL AND partner_answer = 'declined'`,
    ),
    event(
      'recordAttendance',
      `meeting_at + interval '90 minutes'`,
      [`'invitation'`, `'meeting_held'`],
      'convener',
      `jsonb_build_object('meetingId', meeting_id, 'individualPresent', r_present < 0.8)`,
      'meeting_at IS NOT NULL',
    ),
    event(
      'establishPlan',
      'plan_at',
      [`'meeting_held'`, `'plan_established'`],
      'convener',
      `jsonb_build_object('version', 1, 'efforts', 2)`,
    ),
    event(
      'recordFollowUp',
      `(follow_on + time '10:00')`,
      [`'plan_established'`, `'plan_established'`],
      'convener',
      `jsonb_build_object('planVersion', 1, 'heldOn', follow_on, 'nextDate', follow_on + 180)`,
      'follow_on IS NOT NULL',
    ),
    event('withdrawConsent', 'pause_at', [`'plan_established'`, `'paused'`], 'convener', `'{}'::jsonb`),
    event(
      'close',
      'close_at',
      ['open_phase', `'closed'`],
      'convener',
      `jsonb_build_object('fromPhase', open_phase)`,
    ),
  ];
  const dischargeEvent = (
    type: string,
    at: string,
    actor: 'ward' | 'convener',
    where = `${at} IS NOT NULL`,
  ) =>
    `SELECT ${sqlUuid(seed, `discharge-${type}`, 'i', at)}, discharge_id, '${type}', ${at}, ${actor}_user,
       ${actor}_unit FROM gen_case WHERE target_group = 'discharge' AND ${where}`;
  return [
    `INSERT INTO sip_events (id, sip_id, type, from_phase, to_phase, occurred_at, actor_user_id, actor_unit_id, data)
     ${sipEvents.join('\nUNION ALL ')}`,
    `INSERT INTO discharge_events (id, discharge_id, type, occurred_at, actor_user_id, actor_unit_id)
     ${[
       dischargeEvent(
         'admissionNotice',
         `t_ready - (2 + r_misc * 8) * interval '1 day' + interval '5 hours'`,
         'ward',
       ),
       dischargeEvent('readyForDischarge', 't_ready', 'ward'),
       dischargeEvent('careContactAssigned', `t_need - interval '1 hour'`, 'convener'),
       dischargeEvent('sipStarted', 't_need', 'convener'),
       dischargeEvent('invitationSent', 'invite_at', 'convener'),
     ].join('\nUNION ALL ')}`,
  ];
}
