import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TemplateContent, TemplateSection } from '../../shared/api/planTemplates.js';
import type { TemplateSectionKey } from '../../shared/templateParts.js';
import { createTemplate } from '../templates/saveTemplate.js';

/**
 * The demo county's plan templates, one per target group as the evaluations ask (002: one template does not fit
 * all), written from the Örebro routine (001) in each group's words. A county starts from these and changes them
 * on the templates page; every change becomes a new version.
 */

const standard: TemplateSection = { heading: '', prompt: '', example: '' };
const section = (heading: string, prompt = '', example = ''): TemplateSection => ({
  heading,
  prompt,
  example,
});

function sections(worded: Partial<Record<TemplateSectionKey, TemplateSection>>) {
  const all: Record<TemplateSectionKey, TemplateSection> = {
    situation: standard,
    needs: standard,
    strengths: standard,
    wishes: standard,
    goals: standard,
    efforts: standard,
    measuresByOthers: standard,
    responsibility: standard,
    timePlan: standard,
    followUp: standard,
    medication: standard,
    assistiveDevices: standard,
    childView: standard,
    individualParticipation: standard,
  };
  return { ...all, ...worded };
}

/** What every template asks at the steps where target groups do not differ. */
const noChecklist: TemplateContent['checklists'] = {
  need_identified: [],
  consent_declined: [],
  preparation: [],
  invitation: [],
  meeting_held: [],
  plan_established: [],
  paused: [],
  closed: [],
};

const childrenAndYoungPeople: TemplateContent = {
  name: 'Barn och unga',
  description:
    'För barn och unga med behov av insatser från både region och kommun: skola, elevhälsa, BUP, socialtjänst och habilitering. Barnets egen röst ska höras och synas i planen.',
  targetGroups: ['children_psychosocial'],
  sections: sections({
    situation: section(
      'Barnets vardag just nu',
      'Hur ser en vanlig dag ut, hemma, i skolan och på fritiden? Vad fungerar och vad är svårt?',
      'Elin går i årskurs 7. Hon är ofta hemma från skolan på måndagar och sover dåligt.',
    ),
    needs: section(
      'Vad barnet och familjen behöver',
      'Skriv behoven med barnets och vårdnadshavarnas egna ord där det går.',
      'Jag vill orka gå till skolan hela veckan.',
    ),
    strengths: section(
      'Det som går bra',
      'Vad är barnet bra på? Vilka vuxna och kompisar finns runt barnet?',
    ),
    wishes: section('Barnets och familjens önskemål'),
    goals: section(
      'Mål för barnet',
      'Skriv barnets egna mål och de gemensamma målen för skola, vård och socialtjänst. Små, tydliga mål går att följa upp.',
      'Elin är i skolan fyra dagar i veckan till jullovet.',
    ),
    efforts: section(
      'Vem gör vad för barnet',
      'Varje insats: vad görs, av vilken verksamhet, vem är kontaktperson och när börjar och slutar den. Tänk på elevhälsan, BUP, socialtjänsten och habiliteringen.',
    ),
    measuresByOthers: section(
      'Det andra gör',
      'Till exempel skolans anpassningar, fritidsaktiviteter eller stöd från föreningar.',
    ),
    timePlan: section('När det ska ske', 'Knyt gärna datumen till terminer och lov.'),
    followUp: section(
      'Uppföljning',
      'Bestäm datum och hur ni följer upp. Följ gärna upp vid terminsstart, när mycket ändras för barnet.',
    ),
    childView: section(
      'Barnets egna synpunkter',
      'Vad tycker barnet är bra, vad är svårt och vad önskar barnet? Skriv hur barnets åsikt togs fram: samtal, teckning, text eller med en vuxen barnet litar på.',
      'Elin ritade sin vecka och berättade att måndagar är svårast.',
    ),
    individualParticipation: section(
      'Hur barnet och vårdnadshavarna deltog',
      'Var barnet med på mötet, hela eller en del? Om inte, hur fick barnet säga sin mening?',
    ),
  }),
  hiddenSections: [],
  actorsToInvite: [
    {
      name: 'Elevhälsan',
      why: 'Skolans kurator, skolsköterska eller specialpedagog känner barnets skoldag.',
    },
    { name: 'BUP', why: 'När barnet har kontakt med barn- och ungdomspsykiatrin.' },
    { name: 'Socialtjänsten, barn och unga', why: 'För stöd till barnet och familjen.' },
    { name: 'Habiliteringen', why: 'När barnet har en funktionsnedsättning.' },
    { name: 'Vårdcentralen', why: 'För barnets fysiska hälsa och läkemedel.' },
  ],
  checklists: {
    ...noChecklist,
    need_identified: [
      'Båda vårdnadshavarna samtycker, om barnet har två.',
      'Har barnet skyddad identitet? Skriv då aldrig ut adressen.',
    ],
    preparation: [
      'Fråga barnet om hen vill vara med på mötet, hela eller en del.',
      'Låt barnet berätta i förväg med text, teckning eller med en vuxen hen litar på.',
      'Boka mötet på en tid då barnet inte missar viktiga lektioner.',
    ],
    meeting_held: ['Barnets synpunkter finns med i planen, och hur de togs fram.'],
    plan_established: ['Barnet och vårdnadshavarna får planen på ett sätt barnet förstår.'],
  },
};

const olderPeopleAndDischarge: TemplateContent = {
  name: 'Äldre med många behov och utskrivning',
  description:
    'För äldre med flera sjukdomar och stöd från både region och kommun, och för planering inför utskrivning från slutenvård (lag 2017:612).',
  targetGroups: ['elderly_multimorbid', 'discharge'],
  sections: sections({
    situation: section(
      'Hälsa och vardag',
      'Hur klarar personen vardagen: mat, hygien, förflyttning, minne? Vad har ändrats sedan inskrivningen?',
      'Olle, 84 år, föll hemma och har vårdats för en höftfraktur. Han går med rollator.',
    ),
    needs: section(
      'Behov efter utskrivningen',
      'Vilket stöd behövs de första dagarna hemma, och på längre sikt? Skriv med personens egna ord.',
    ),
    wishes: section('Personens önskemål', 'Var vill personen bo? Vad är viktigast för hen?'),
    goals: section(
      'Mål',
      'Vad vill personen klara själv? Skriv gemensamma mål för vård, rehabilitering och omsorg.',
      'Olle klarar att gå till brevlådan med rollator inom sex veckor.',
    ),
    efforts: section(
      'Insatser och ansvar',
      'Hemtjänst, hemsjukvård, rehabilitering, vårdcentral: vem gör vad, vem är kontaktperson, från vilken dag.',
    ),
    measuresByOthers: section('Närstående och andra', 'Vad gör närstående, god man eller andra?'),
    timePlan: section('Tidsplan', 'Första dagarna hemma: vad händer dag 1, vecka 1 och månad 1?'),
    followUp: section(
      'Uppföljning',
      'Följ upp tidigt efter hemgång, till exempel inom två veckor, och sedan när det behövs.',
    ),
    medication: section(
      'Läkemedel',
      'Vem ansvarar för läkemedelslistan och för att personen får sina läkemedel?',
    ),
    assistiveDevices: section('Hjälpmedel', 'Vilka hjälpmedel behövs hemma, och vem ordnar dem?'),
  }),
  hiddenSections: ['childView'],
  actorsToInvite: [
    { name: 'Hemtjänsten', why: 'För stöd i vardagen hemma.' },
    { name: 'Kommunens hemsjukvård och rehabilitering', why: 'För sjukvård och träning i hemmet.' },
    { name: 'Vårdcentralen (fast vårdkontakt)', why: 'Ansvarar för den medicinska uppföljningen.' },
    { name: 'Biståndshandläggare', why: 'Fattar beslut om insatser enligt socialtjänstlagen.' },
    { name: 'Närstående', why: 'Om personen vill det och samtycket tillåter.' },
  ],
  checklists: {
    ...noChecklist,
    need_identified: [
      'Vid utskrivning: kallelsen ska skickas inom tre dagar från att personen bedömts utskrivningsklar.',
    ],
    preparation: [
      'Mötet kan hållas på avdelningen, per video eller i hemmet.',
      'Ta med läkemedelslistan och hjälpmedelsbehoven.',
    ],
    meeting_held: ['Den fasta vårdkontakten i primärvården finns med i planen.'],
    plan_established: ['Hemtjänst och hemsjukvård vet vilken dag personen kommer hem.'],
  },
};

const psychiatryAndAddiction: TemplateContent = {
  name: 'Psykiatri och beroende',
  description:
    'För vuxna med psykisk ohälsa, missbruk eller beroende, eller båda (samsjuklighet), som behöver psykiatri, beroendevård och socialtjänst samtidigt.',
  targetGroups: ['mental_illness', 'substance_abuse'],
  sections: sections({
    situation: section(
      'Livssituation',
      'Boende, sysselsättning, ekonomi, relationer och hälsa. Vad fungerar och vad är svårt just nu?',
    ),
    needs: section(
      'Behov',
      'Både psykisk hälsa och beroende: båda behöver behandlas samtidigt. Skriv personens egna ord.',
    ),
    strengths: section('Resurser', 'Vad har hjälpt förut? Vilka personer är viktiga?'),
    goals: section(
      'Mål',
      'Personens egna mål först. Mål om boende, sysselsättning och hälsa går ofta ihop.',
      'Jag vill ha en egen lägenhet och vara drogfri.',
    ),
    efforts: section(
      'Insatser och ansvar',
      'Psykiatrin, beroendevården och socialtjänsten: vem gör vad, och vem är kontaktperson?',
    ),
    measuresByOthers: section(
      'Andra som stöttar',
      'Till exempel Arbetsförmedlingen, Försäkringskassan eller brukarorganisationer.',
    ),
    followUp: section('Uppföljning', 'Bestäm vad som är tecken på att insatserna hjälper, och följ upp dem.'),
    medication: section('Läkemedel', 'Vem förskriver och vem följer upp läkemedlen?'),
  }),
  hiddenSections: ['childView'],
  actorsToInvite: [
    { name: 'Vuxenpsykiatrin', why: 'För psykiatrisk vård och behandling.' },
    { name: 'Beroendevården', why: 'Region och kommun delar ansvaret för missbruks- och beroendevård.' },
    { name: 'Socialtjänsten, vuxen', why: 'För boende, försörjning och stödinsatser.' },
    { name: 'Arbetsförmedlingen', why: 'Om sysselsättning eller arbete är ett mål.' },
    { name: 'Försäkringskassan', why: 'Om personen har eller behöver ersättning.' },
  ],
  checklists: {
    ...noChecklist,
    preparation: [
      'Fråga vilka personen litar på och vill ha med.',
      'Planera mötet så att personen orkar: kort, på en trygg plats.',
    ],
    meeting_held: ['Både psykisk hälsa och beroende finns med bland behov och insatser.'],
    plan_established: ['Det finns en plan för vad som görs vid återfall eller kris.'],
  },
};

const disability: TemplateContent = {
  name: 'LSS och funktionsnedsättning',
  description:
    'För barn och vuxna med funktionsnedsättning som har insatser enligt LSS, från habiliteringen och från socialtjänsten.',
  targetGroups: ['children_disability'],
  sections: sections({
    situation: section(
      'Vardag och funktion',
      'Hur påverkar funktionsnedsättningen vardagen? Vilket stöd finns redan?',
    ),
    needs: section('Behov av stöd', 'Skriv med personens egna ord, eller med stöd av bilder eller AKK.'),
    goals: section('Mål', 'Mål om delaktighet och självständighet i vardagen, skolan eller arbetet.'),
    efforts: section(
      'Insatser och ansvar',
      'LSS-insatser, habilitering, skola eller daglig verksamhet: vem gör vad?',
    ),
    assistiveDevices: section('Hjälpmedel', 'Vilka hjälpmedel finns och behövs, och vem förskriver dem?'),
    childView: section(
      'Barnets egna synpunkter',
      'Använd bilder, AKK eller en vuxen barnet litar på så att barnet kan säga sin mening.',
    ),
    individualParticipation: section(
      'Hur personen deltog',
      'Vilket stöd för kommunikationen användes: tolk, bildstöd, AKK?',
    ),
  }),
  hiddenSections: [],
  actorsToInvite: [
    { name: 'Habiliteringen', why: 'För träning, stöd och hjälpmedel.' },
    { name: 'LSS-handläggare', why: 'Fattar beslut om insatser enligt LSS.' },
    { name: 'Skolan eller daglig verksamhet', why: 'Där personen är på dagarna.' },
    { name: 'Korttidsboende eller boende med särskild service', why: 'Om personen har en sådan insats.' },
  ],
  checklists: {
    ...noChecklist,
    preparation: [
      'Ta reda på hur personen kommunicerar bäst, och ordna stöd för det på mötet.',
      'Skicka kallelsen med bildstöd om personen behöver det.',
    ],
    meeting_held: ['Hjälpmedel och vem som ansvarar för dem finns med i planen.'],
  },
};

const adultsWithHomeCare: TemplateContent = {
  name: 'Vuxna med hemtjänst',
  description:
    'För vuxna som bor hemma med hemtjänst eller hemsjukvård och har kontakt med vårdcentral eller specialistvård.',
  targetGroups: ['other'],
  sections: sections({
    situation: section('Vardagen hemma', 'Vilket stöd får personen i dag, och hur fungerar det?'),
    needs: section('Behov', 'Vad behöver personen mer eller annorlunda? Skriv med personens egna ord.'),
    goals: section('Mål', 'Vad vill personen kunna göra själv hemma och utanför hemmet?'),
    efforts: section(
      'Insatser och ansvar',
      'Hemtjänst, hemsjukvård, vårdcentral: vem gör vad, vem är kontaktperson, vilka tider?',
    ),
    followUp: section('Uppföljning', 'Följ upp när stödet har pågått en tid, eller när något ändras.'),
    medication: section('Läkemedel', 'Vem ansvarar för läkemedlen och läkemedelslistan?'),
    assistiveDevices: section('Hjälpmedel'),
  }),
  hiddenSections: ['childView'],
  actorsToInvite: [
    { name: 'Hemtjänsten', why: 'För stöd i vardagen.' },
    { name: 'Hemsjukvården', why: 'För sjukvård i hemmet.' },
    { name: 'Vårdcentralen', why: 'För den medicinska uppföljningen.' },
  ],
  checklists: {
    ...noChecklist,
    preparation: ['Fråga om mötet ska hållas hemma hos personen.'],
  },
};

export const demoTemplates: readonly TemplateContent[] = [
  childrenAndYoungPeople,
  olderPeopleAndDischarge,
  psychiatryAndAddiction,
  disability,
  adultsWithHomeCare,
];

/** The demo county's templates, once: an installation that already has templates keeps its own. */
export async function seedDemoTemplates(db: Kysely<DB>): Promise<void> {
  const existing = await db.selectFrom('planTemplates').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  for (const content of demoTemplates) await createTemplate(db, null, content);
}
