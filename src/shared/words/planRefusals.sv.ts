import type { Messages } from './messages.js';

/** Swedish words of the refusals of a plan and its follow-up; planRefusals.en.ts mirrors every key. */
export const planRefusalsSv = {
  /** What a plan lacks before it can be established, one sentence a part, by the part's code. */
  missing: {
    needs: 'Behoven är inte beskrivna.',
    goals: 'Planen har inget mål som insatserna ska leda mot.',
    time_plan: 'Tidsplan saknas: skriv en tidsplan eller ange datum för insatserna.',
    efforts: 'Planen har ingen insats.',
    effort_description: 'Insats {{n}} saknar beskrivning.',
    effort_responsible: 'Insats {{n}} saknar ansvarig enhet.',
    effort_contact: 'Insats {{n}} saknar namngiven person som utför den.',
    effort_dates: 'Insats {{n}} slutar innan den börjar.',
    measure_description: 'Åtgärd {{n}} av andra saknar beskrivning.',
    measure_actor: 'Åtgärd {{n}} av andra säger inte vem som gör den.',
    overall_responsibility: 'Huvudman med övergripande ansvar är inte vald.',
    overall_responsibility_not_principal: 'Övergripande ansvar kan bara ligga hos region eller kommun.',
    coordinator_name: 'Samordnarens namn saknas.',
    coordinator_unit: 'Samordnarens enhet saknas.',
    coordinator_not_principal:
      'Samordnaren måste arbeta hos en huvudman: en enhet i regionen eller kommunen.',
    coordinator_contact: 'Samordnarens telefon eller e-post saknas.',
    coordinator_accepted: 'Det är inte noterat att personen har godtagit samordnaren.',
    follow_up_date: 'Datum för uppföljning saknas.',
    follow_up_date_past: 'Datum för uppföljning har redan passerat.',
    follow_up_what: 'Det står inte vad som ska följas upp och hur.',
    both_principals:
      'En SIP görs av region och kommun tillsammans: ingen enhet från {{principals}} har deltagit i mötet eller i att skriva planen. Kalla den, eller rapportera en avvikelse.',
  },
  /** A principal absent from the plan's making, as `missing.bothPrincipals` names it. */
  principal: {
    region: 'regionen',
    municipality: 'kommunen',
  },
  /** Between the principals absent, when both are. */
  or: ' eller ',
  incomplete: 'Planen kan inte fastställas: {{missing}}',
  stale:
    'Någon annan har sparat planen efter att du öppnade den. Läs in den aktuella versionen och gör din ändring där.',
  unknownUnit: 'Planen nämner en enhet som inte finns.',
  writerNotTakingPart: 'Planen säger att en enhet deltog i att skriva den, men enheten deltar inte i SIP:en.',
  unknownOrganisation: 'Huvudmannen med övergripande ansvar finns inte.',
  changeReasonMissing: 'Ange varför planen ändras. Varje ändring blir en ny version.',
  planMissing: 'Det finns ingen plan att fastställa än.',
  versionMissing: 'Den versionen av planen finns inte.',
  versionSuperseded:
    'En senare version av planen finns. Det är den gällande versionen som den enskilde godkänner.',
  versionAlreadyApproved: 'Den enskildes godkännande av versionen är redan registrerat.',
  versionApprovedWithEId:
    'Den enskilde har själv godkänt versionen med e-legitimation. Det godkännandet kan inte ersättas.',
  followUpNotHeldYet: 'En uppföljning kan inte registreras före den har hållits.',
  followUpItemsMismatch: 'Uppföljningen ska ange ett utfall för varje mål och insats i planen, en gång var.',
  nextFollowUpNotFuture: 'Nästa uppföljning ska ligga efter i dag.',
};

export type PlanRefusalMessages = Messages<typeof planRefusalsSv>;
