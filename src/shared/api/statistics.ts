import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { id, isoDate, periodInOrder, periodMessage } from '../fields.js';
import { organisationKinds, sexes, targetGroups } from './vocabulary.js';

/**
 * The statistics contract: which indicators there are, what each one means, the filter and the report. The filter
 * and the report are zod schemas and their types are read from them, so the server serialises the report with
 * the very schema the web reads it through.
 *
 * Common rules for every definition below:
 * - A period is whole calendar days in Europe/Stockholm, `from` and `to` both included: an event counts in the
 *   period when its Stockholm date lies within it (23:30 on the last day is in, 00:30 the day after is out).
 * - The period is compared with the previous period, the same number of days ending the day before `from`, or
 *   with the same dates one year earlier (`compareWith=yearBefore`; 29 February as in
 *   src/domain/statistics/comparisonPeriod.ts).
 * - A SIP counts for the unit that convened it when the need was identified (its convening unit at the need),
 *   and for that unit's organisation and principal; absences count for the invited unit that was absent.
 * - Target group, age band and sex are the SIP's at the need (age from the birth date on the need's date).
 * - Days between two events are Stockholm calendar days (date of the later minus date of the earlier).
 * - Median and 90th percentile are nearest-rank: the value at rank ceil(p × n) of the n values in ascending order.
 */

/** What a figure measures: a number of things, a share 0–1, days (median with p90), or a mean score 1–5. */
export const measures = ['count', 'share', 'days', 'score'] as const;
export type Measure = (typeof measures)[number];

/** Indicators that are split into categories (the `categories` of the result) rather than one figure. */
export type IndicatorShape = 'figure' | 'distribution';

export interface IndicatorDefinition<Key extends string = IndicatorKey> {
  key: Key;
  measure: Measure;
  shape: IndicatorShape;
  name: { sv: string; en: string };
  definition: { sv: string; en: string };
}

const figure = <Key extends string>(key: Key, measure: Measure, sv: [string, string], en: [string, string]) =>
  ({
    key,
    measure,
    shape: 'figure',
    name: { sv: sv[0], en: en[0] },
    definition: { sv: sv[1], en: en[1] },
  }) satisfies IndicatorDefinition<Key>;

const distribution = <Key extends string>(key: Key, sv: [string, string], en: [string, string]) =>
  ({ ...figure(key, 'count', sv, en), shape: 'distribution' }) satisfies IndicatorDefinition<Key>;

const definitions = [
  figure(
    'sipsInitiated',
    'count',
    ['Påbörjade SIP', 'SIP vars behov identifierades (händelsen needIdentified) under perioden.'],
    ['SIPs initiated', 'SIPs whose need was identified (the needIdentified event) in the period.'],
  ),
  figure(
    'sipsEstablished',
    'count',
    ['Fastställda planer', 'SIP vars plan fastställdes för första gången (establishPlan) under perioden.'],
    ['Plans established', 'SIPs whose plan was first established (establishPlan) in the period.'],
  ),
  figure(
    'sipsActive',
    'count',
    [
      'Aktiva SIP',
      'SIP som var öppna någon dag under perioden: behovet identifierat senast sista dagen och inte avslutade före första dagen.',
    ],
    [
      'Active SIPs',
      'SIPs open on some day of the period: need identified by the last day and not closed before the first day.',
    ],
  ),
  figure(
    'sipsClosed',
    'count',
    ['Avslutade SIP', 'SIP som avslutades (close) under perioden, oavsett skäl.'],
    ['SIPs closed', 'SIPs closed (close) in the period, whatever the reason.'],
  ),
  distribution(
    'needsEndedWithoutPlan',
    [
      'Behov som avslutades utan plan',
      'SIP som avslutades under perioden utan att en plan någonsin fastställts, per avslutsskäl (ett nekat samtycke räknas som skälet consent_declined).',
    ],
    [
      'Needs ended without a plan',
      'SIPs closed in the period without a plan ever established, by closure reason (a declined consent counts as consent_declined).',
    ],
  ),
  distribution(
    'initiatorType',
    [
      'Vem som initierade',
      'Påbörjade SIP under perioden per initiativtagare (personal, den enskilde, närstående, skola, annan aktör).',
    ],
    [
      'Who initiated',
      'SIPs initiated in the period by initiator (staff, individual, relative, school, other actor).',
    ],
  ),
  distribution(
    'convenerProfession',
    [
      'Sammankallande enhetstyp',
      'Påbörjade SIP under perioden per kategori för den sammankallande enheten (enhetens kategori, inte användarens fria titel, så att siffran går att jämföra).',
    ],
    [
      'Convening unit type',
      "SIPs initiated in the period by the convening unit's category (the unit's category, not the user's free-text title, so the figure is comparable).",
    ],
  ),
  distribution(
    'plansByTemplate',
    [
      'Fastställda planer per mall',
      'Planer som fastställdes för första gången under perioden (som Fastställda planer), per den planmall som planens första version skrevs med. En mall visas med sitt nuvarande namn; planer som skrevs utan mall räknas som ”Utan mall”.',
    ],
    [
      'Plans established by template',
      'Plans first established in the period (as Plans established), by the plan template their first version was written with. A template is shown by its current name; plans written without one count as "No template".',
    ],
  ),
  figure(
    'invitedPrincipalAttendance',
    'share',
    [
      'Närvaro för kallade huvudmän',
      'Andel närvarande av de skyldiga kallelserna (region, kommun) med registrerad närvaro till möten som hölls under perioden (mötets starttid).',
    ],
    [
      'Attendance of invited principals',
      'Share present of the obliged invitations (region, municipality) with attendance recorded, for meetings held in the period (by start time).',
    ],
  ),
  figure(
    'absencesWithoutNotice',
    'count',
    [
      'Uteblivanden utan återbud',
      'Kallelser med närvaro "uteblev utan återbud" till möten under perioden; räknas för den kallade enheten.',
    ],
    [
      'Absences without notice',
      'Invitations recorded "absent without notice" for meetings in the period; counted for the invited unit.',
    ],
  ),
  figure(
    'meetingsEnteredAfterwards',
    'count',
    [
      'Efterregistrerade möten',
      'Möten som hölls under perioden (mötets starttid) utan Samplan – på papper när Samplan inte gick att nå, eller med kort varsel – och registrerades i efterhand med sina verkliga tider och deltagare. De räknas som andra hållna möten för närvaro och delaktighet, men inte i ledtiderna Kallelse → möte och Möte → fastställd plan när de var SIP:ens första möte, och en kallelse som Samplan skickade först efter ett sådant möte räknas inte som SIP:ens första kallelse.',
    ],
    [
      'Meetings entered afterwards',
      "Meetings held in the period (by start time) without Samplan – on paper while Samplan could not be reached, or at short notice – and entered afterwards with their real times and who took part. They count as any held meeting for attendance and participation, but not in the lead times Invitation → meeting and Meeting → established plan when they were the SIP's first meeting, and an invitation Samplan sent only after such a meeting does not count as the SIP's first invitation.",
    ],
  ),
  figure(
    'meetingsWithPlanShare',
    'share',
    [
      'Möten som gav en plan',
      'Andel av SIP vars första hållna möte låg under perioden som därefter fick en fastställd plan. Ett efterregistrerat möte räknas som andra hållna möten.',
    ],
    [
      'Meetings that produced a plan',
      'Share of SIPs whose first held meeting was in the period that then had their plan established. A meeting entered afterwards counts as any held meeting.',
    ],
  ),
  figure(
    'leadTimeNeedToConsent',
    'days',
    ['Behov → samtycke', 'Dagar från behov till första givna samtycke, för samtycken givna under perioden.'],
    ['Need → consent', 'Days from need to the first consent given, for consents given in the period.'],
  ),
  figure(
    'leadTimeConsentToInvitation',
    'days',
    [
      'Samtycke → kallelse',
      'Dagar från första givna samtycke till första kallelsen, för kallelser under perioden. Kallelsen är den första som Samplan skickade; har ett efterregistrerat möte hållits före den gick den första kallelsen ut utanför Samplan, och SIP:en räknas inte.',
    ],
    [
      'Consent → invitation',
      'Days from the first consent given to the first invitation, for invitations in the period. The invitation is the first one Samplan sent; if a meeting entered afterwards was held before it, the first invitation went out outside Samplan and the SIP is not counted.',
    ],
  ),
  figure(
    'leadTimeInvitationToMeeting',
    'days',
    [
      'Kallelse → möte',
      'Dagar från första kallelsen (som för Samtycke → kallelse) till första hållna mötet, för möten under perioden. SIP vars första hållna möte efterregistrerades räknas inte: Samplan kallade inte till det.',
    ],
    [
      'Invitation → meeting',
      'Days from the first invitation (as for Consent → invitation) to the first held meeting, for meetings in the period. SIPs whose first held meeting was entered afterwards are not counted: Samplan did not invite to it.',
    ],
  ),
  figure(
    'leadTimeMeetingToPlan',
    'days',
    [
      'Möte → fastställd plan',
      'Dagar från första hållna mötet till fastställd plan, för planer fastställda under perioden. SIP vars första hållna möte efterregistrerades räknas inte: planen skrevs på mötet utanför Samplan och fastställs i Samplan när den registreras, så dagarna skulle mäta registreringen.',
    ],
    [
      'Meeting → established plan',
      'Days from the first held meeting to the established plan, for plans established in the period. SIPs whose first held meeting was entered afterwards are not counted: the plan was written at the meeting outside Samplan and is established in Samplan when it is entered, so the days would measure the entering.',
    ],
  ),
  figure(
    'leadTimeNeedToPlan',
    'days',
    [
      'Behov → fastställd plan',
      'Dagar från behov till fastställd plan, för planer fastställda under perioden. Planens dag är den dag den fastställdes i Samplan, också efter ett efterregistrerat möte.',
    ],
    [
      'Need → established plan',
      "Days from need to the established plan, for plans established in the period. The plan's day is the day it was established in Samplan, also after a meeting entered afterwards.",
    ],
  ),
  figure(
    'dischargeReadyToInvitation',
    'days',
    [
      'Utskrivningsklar → kallelse',
      'Dagar från utskrivningsklar till SIP-kallelsen, för utskrivningar vars kallelse skickades under perioden; räknas för den fasta vårdkontaktens enhet. Kallelsen är den som Samplan skickade; har ett efterregistrerat möte hållits före den räknas utskrivningen inte.',
    ],
    [
      'Ready for discharge → invitation',
      "Days from ready for discharge to the SIP invitation, for discharges whose invitation was sent in the period; counted for the named care contact's unit. The invitation is the one Samplan sent; if a meeting entered afterwards was held before it, the discharge is not counted.",
    ],
  ),
  figure(
    'dischargeWithinDeadlineShare',
    'share',
    [
      'Kallade inom tidsfristen',
      'Andel av samma utskrivningar där kallelsen skickades senast sista dagen i den frist som gällde när patienten blev utskrivningsklar.',
    ],
    [
      'Invited within the deadline',
      'Share of the same discharges invited by the last day of the deadline in force when the patient was ready.',
    ],
  ),
  figure(
    'followUpsOnTimeShare',
    'share',
    [
      'Uppföljningar i tid',
      'Andel av uppföljningarna som hölls under perioden som hölls senast det uppföljningsdatum som då gällde.',
    ],
    [
      'Follow-ups on time',
      'Share of the follow-ups held in the period that were held by the follow-up date then in force.',
    ],
  ),
  figure(
    'plansPastFollowUpDate',
    'count',
    [
      'Planer efter uppföljningsdatum',
      'SIP som nu har en fastställd plan och vars uppföljningsdatum ligger före periodens sista dag (eller före i dag om perioden inte är slut). Räknas på nuläget: en äldre period visar inte hur det såg ut då.',
    ],
    [
      'Plans past their follow-up date',
      'SIPs that now have an established plan whose follow-up date is before the last day of the period (or before today if it has not ended). Counted on the present state: an earlier period does not show how it stood then.',
    ],
  ),
  figure(
    'individualPresentShare',
    'share',
    ['Den enskilde närvarande', 'Andel av mötena som hölls under perioden där den enskilde var närvarande.'],
    ['Individual present', 'Share of the meetings held in the period where the individual was present.'],
  ),
  figure(
    'relativesPresentShare',
    'share',
    ['Närstående närvarande', 'Andel av mötena som hölls under perioden där närstående var närvarande.'],
    ['Relatives present', 'Share of the meetings held in the period where relatives were present.'],
  ),
  figure(
    'childViewRecordedShare',
    'share',
    [
      'Barnets synpunkter dokumenterade',
      'Andel av påbörjade SIP under perioden för barn (under 18 vid behovet) där barnets synpunkter finns i samtycket eller förberedelsen.',
    ],
    [
      "Child's view recorded",
      'Share of the SIPs initiated in the period for children (under 18 at the need) whose view is in the consent or the preparation.',
    ],
  ),
  ...(
    [
      ['feedbackRespect', 'Bemötande', 'respekt och bemötande', 'Respect', 'respect'],
      [
        'feedbackCoDetermination',
        'Delaktighet',
        'att få vara med och bestämma',
        'Co-determination',
        'having a say',
      ],
      [
        'feedbackRelevance',
        'Relevans',
        'att mötet handlade om det som var viktigt',
        'Relevance',
        'the meeting being about what mattered',
      ],
      ['feedbackStructure', 'Struktur', 'mötets struktur', 'Structure', 'how the meeting was run'],
      [
        'feedbackInformation',
        'Information',
        'informationen före och under mötet',
        'Information',
        'the information before and at the meeting',
      ],
      [
        'feedbackFollowUp',
        'Uppföljning',
        'att det är tydligt hur planen följs upp',
        'Follow-up',
        'knowing how the plan will be followed up',
      ],
    ] as const
  ).map(([key, svName, svWhat, enName, enWhat]) =>
    figure(
      key,
      'score',
      [
        `Återkoppling: ${svName.toLowerCase()}`,
        `Medelbetyg 1–5 för ${svWhat} i de anonyma svaren efter SIP-möten vars månad ligger i perioden, för den sammankallande enheten. Visas bara från fem svar på frågan (för alla), och räknas inte när rapporten filtreras på målgrupp, åldersgrupp eller kön eftersom svaren saknar dem.`,
      ],
      [
        `Feedback: ${enName.toLowerCase()}`,
        `Mean score 1–5 for ${enWhat} in the anonymous answers after SIP meetings in a month of the period, for the convening unit. Shown only from five answers to the question (to everyone), and not counted when the report is filtered by target group, age band or sex, since the answers carry none of them.`,
      ],
    ),
  ),
];

/** The indicators are the keys of their definitions, so none is without its name and definition. */
export type IndicatorKey = (typeof definitions)[number]['key'];
export const indicatorDefinitions: readonly IndicatorDefinition[] = definitions;
const indicatorKey = z.enum(definitions.map((definition) => definition.key));

export const ageBands = ['0-17', '18-64', '65-79', '80+', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export const scopeLevels = ['county', 'organisation', 'unit'] as const;
export type ScopeLevel = (typeof scopeLevels)[number];

/**
 * What the period is compared with: the previous period of as many days (the default), or the same dates one
 * year earlier, the usual choice in county reports.
 */
export const comparisons = ['previous', 'yearBefore'] as const;
export type Comparison = (typeof comparisons)[number];

/** The filter as query parameters: `scopeId` names the organisation or unit, and is absent for the county. */
const statisticsFilter = z.strictObject({
  /** Stockholm calendar dates, both included. */
  from: isoDate,
  to: isoDate,
  targetGroup: z.enum(targetGroups).optional(),
  ageBand: z.enum(ageBands).optional(),
  sex: z.enum(sexes).optional(),
  scope: z.enum(scopeLevels),
  scopeId: id.optional(),
  /** With the county scope: drill down to one principal, whose organisations are then the breakdown. */
  principal: z.enum(organisationKinds).optional(),
  /** Absent: the previous period. */
  compareWith: z.enum(comparisons).optional(),
});
export type StatisticsFilter = z.infer<typeof statisticsFilter>;

/** The longest period one report covers: two years, enough to compare one year with the one before. */
const longestPeriodDays = 731;

/** GET /api/statistics's query (and its exports'): the filter, with the rules that tie its fields together. */
export const statisticsQuery = statisticsFilter
  .refine(periodInOrder, periodMessage)
  .refine((query) => differenceInCalendarDays(parseISO(query.to), parseISO(query.from)) < longestPeriodDays, {
    path: ['to'],
    message: `a period is at most ${String(longestPeriodDays)} days`,
  })
  .refine((query) => (query.scope === 'county') === (query.scopeId === undefined), {
    path: ['scopeId'],
    message: 'scopeId names the organisation or unit, and only for those scopes',
  })
  .refine((query) => query.scope === 'county' || query.principal === undefined, {
    path: ['principal'],
    message: 'principal only narrows the county scope',
  });

/** One number: null with `suppressed` when it could reveal fewer than five persons. */
const figureResult = z.object({
  value: z.number().nullable(),
  /** For `days`: the 90th percentile (the value is the median). */
  p90: z.number().nullable().optional(),
  /** How many things the share, days or score is counted over (null when suppressed). */
  base: z.number().nullable(),
  suppressed: z.boolean(),
});
export type Figure = z.infer<typeof figureResult>;

const indicatorResult = z.object({
  key: indicatorKey,
  measure: z.enum(measures),
  current: figureResult,
  previous: figureResult,
  /** For a distribution: one count per category (closure reason, initiator type, unit category). */
  categories: z
    .array(z.object({ key: z.string(), current: figureResult, previous: figureResult }))
    .optional(),
});
export type IndicatorResult = z.infer<typeof indicatorResult>;

/** The level one step below the scope: county → principal → organisation → unit. */
const breakdownLevels = ['principal', 'organisation', 'unit'] as const;
export type BreakdownLevel = (typeof breakdownLevels)[number];

const breakdownRow = z.object({
  /** The principal kind for a principal row, otherwise the organisation's or unit's id. */
  id: z.string(),
  /** An organisation or unit name (never a person's); absent for a principal row. */
  name: z.string().optional(),
  principal: z.enum(organisationKinds),
  indicators: z.array(indicatorResult),
});
export type BreakdownRow = z.infer<typeof breakdownRow>;

const namedUnit = z.object({ id, name: z.string() });

/** Two units taking part in the same SIPs (convener, invited or effort) among the SIPs active in the period. */
const collaborationPair = z.object({ units: z.tuple([namedUnit, namedUnit]), sips: figureResult });
export type CollaborationPair = z.infer<typeof collaborationPair>;

/** A plan template a category of the report stands for, by its current name. */
const reportTemplate = z.object({ id: z.string(), name: z.string() });
export type ReportTemplate = z.infer<typeof reportTemplate>;

/** The parts of a plan that carry codes, as the code breakdown counts them. */
export const codedParts = ['need', 'goal', 'effort'] as const;
export type CodedPart = (typeof codedParts)[number];

/**
 * One code on the plans in force in the period: how many SIPs in scope have it on their needs, on a goal and on
 * an effort. A SIP may carry many codes, so the codes are not parts of a total.
 */
const codeCount = z.object({
  system: z.string(),
  /** The code system's name as loaded (its URI when it is no longer loaded). */
  systemName: z.string(),
  code: z.string(),
  /** The code's Swedish display as loaded now; null for a code since removed from its system. */
  display: z.string().nullable(),
  needs: figureResult,
  goals: figureResult,
  efforts: figureResult,
});
export type CodeCount = z.infer<typeof codeCount>;

export const statisticsReport = z.object({
  filter: statisticsFilter,
  /** The period the figures are compared with (`previous` of each figure), as `filter.compareWith` says. */
  previousPeriod: z.object({ from: isoDate, to: isoDate }),
  scopeName: z.string().nullable(),
  indicators: z.array(indicatorResult),
  breakdown: z.object({ level: z.enum(breakdownLevels), rows: z.array(breakdownRow) }).nullable(),
  collaboration: z.array(collaborationPair),
  /**
   * The templates of plansByTemplate's categories, which are template ids: the county writes its templates, so
   * their names come with the report rather than from a list of words.
   */
  templates: z.array(reportTemplate),
  /** Plans by code: the codes most used on the plans in force in the period (decision 0040). */
  codes: z.array(codeCount),
});
export type StatisticsReport = z.infer<typeof statisticsReport>;

/** Counts below this are suppressed where a figure crosses organisations. */
export const suppressionThreshold = 5;
