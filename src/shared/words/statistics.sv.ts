import type { Messages } from './messages.js';
import type { Comparison } from '../api/statistics.js';
import type { organisationKinds } from '../api/vocabulary.js';

/** Swedish texts under the `statistics.` prefix; statistics.en.ts mirrors every key (the compiler checks it). */
export const statisticsSv = {
  nav: 'Statistik',
  title: 'Statistik',
  intro:
    'Hur många SIP:ar som görs, för vilka, hur snabbt och med vilket resultat. Bara sammanräknade tal visas, aldrig en enskild person.',
  loadFailed: 'Statistiken kunde inte hämtas.',
  filters: {
    heading: 'Urval',
    period: 'Period',
    thisYear: 'I år',
    lastYear: 'Förra året',
    last12Months: 'Senaste 12 månaderna',
    quarter: 'Kvartal {{quarter}} {{year}}',
    custom: 'Egen period',
    from: 'Från och med',
    to: 'Till och med',
    targetGroup: 'Målgrupp',
    ageBand: 'Åldersgrupp',
    sex: 'Kön',
    all: 'Alla',
    compareWith: 'Jämför med',
    comparison: {
      previous: 'Föregående period, lika lång',
      yearBefore: 'Samma datum året innan',
    } satisfies Record<Comparison, string>,
    submit: 'Visa',
    oneDimension:
      'Över organisationsgränser väljer du en av målgrupp, åldersgrupp och kön i taget, så att ingen kan räknas fram ur små tal.',
  },
  scope: {
    breadcrumbs: 'Nivå',
    county: 'Hela länet',
    level: {
      county: 'Län',
      principal: 'Huvudman',
      organisation: 'Organisation',
      unit: 'Enhet',
    },
  },
  period: {
    current: 'Perioden {{from}} – {{to}}',
    previous: 'Jämfört med föregående period, {{from}} – {{to}}',
    yearBefore: 'Jämfört med samma datum året innan, {{from}} – {{to}}',
  },
  columns: {
    indicator: 'Mått',
    value: 'Denna period',
    median: 'Denna period, median',
    p90: 'Denna period, 90:e percentil',
    // The period compared with, by what it is (filter.compareWith).
    previous: {
      value: 'Föregående period',
      median: 'Föregående period, median',
      p90: 'Föregående period, 90:e percentil',
      of: '{{name}}, föregående period',
    },
    yearBefore: {
      value: 'Samma period året innan',
      median: 'Samma period året innan, median',
      p90: 'Samma period året innan, 90:e percentil',
      of: '{{name}}, samma period året innan',
    },
    category: 'Kategori',
    total: 'Totalt',
  },
  suppressed: '<5',
  suppressedSpoken: 'färre än fem',
  suppressedExplained:
    '”<5” betyder färre än fem. Små tal visas inte, så att ingen enskild person kan pekas ut – inte heller genom att jämföra urval.',
  noValue: '–',
  noValueExplained: '”–” betyder att det inte finns något att räkna under perioden.',
  sections: {
    count: 'Antal',
    share: 'Andelar',
    days: 'Ledtider i dagar',
    score: 'Den enskildes omdöme',
  },
  breakdownHeading: 'Per {{level}}',
  breakdownCaption: 'Nyckeltal per {{level}}, denna period',
  principal: { region: 'Region', municipality: 'Kommun', other: 'Andra aktörer' } satisfies Record<
    (typeof organisationKinds)[number],
    string
  >,
  ageBand: {
    '0-17': '0–17 år',
    '18-64': '18–64 år',
    '65-79': '65–79 år',
    '80+': '80 år och äldre',
    unknown: 'Okänd ålder',
  },
  sex: {
    female: 'Kvinna/flicka',
    male: 'Man/pojke',
  },
  collaboration: {
    heading: 'Vilka enheter arbetar oftast tillsammans',
    hint: 'Par av enheter som deltar i samma SIP:ar bland de aktiva under perioden.',
    caption: 'Enheter som arbetar tillsammans, flest gemensamma SIP:ar först',
    units: 'Enheter',
    sips: 'Gemensamma SIP:ar',
  },
  /** The unit categories Samplan knows; a county may name others, which are shown as they were entered. */
  unitCategory: {
    administration: 'Förvaltning',
    primary_care: 'Primärvård',
    adult_psychiatry: 'Vuxenpsykiatri',
    child_psychiatry: 'Barn- och ungdomspsykiatri',
    child_habilitation: 'Habilitering',
    hospital_ward: 'Slutenvård',
    elderly_care: 'Äldreomsorg',
    disability_support: 'Funktionsstöd (LSS)',
    individual_family_care: 'Individ- och familjeomsorg',
    social_psychiatry: 'Socialpsykiatri',
    school: 'Skola/elevhälsa',
    social_insurance: 'Försäkringskassan',
  },
  /** The category of plans written without a template, beside the templates' names. */
  noTemplate: 'Utan mall',
  howCounted: 'Så räknas det',
  nothingToDraw: 'Inget diagram: alla tal här är noll, under fem eller saknas. Se tabellen.',
  chartOf: 'Diagram: {{name}}',
  tableOf: '{{name}}, denna period och jämförelseperioden',
  breakdownTable: '{{name}} per {{level}}',
  breakdownHint: 'Välj en rad för att se nivån under.',
  exports: {
    heading: 'Ladda ner',
    csv: 'Ladda ner som CSV',
    xlsx: 'Ladda ner som Excel (XLSX)',
    report: 'Årsrapport {{year}} för utskrift',
    hint: 'Samma urval och samma skydd för små tal som på sidan.',
  },
  report: {
    title: 'Årsrapport {{year}}',
    subtitle: 'Samordnad individuell plan – uppföljning',
    scope: 'Omfattning',
    period: 'Period',
    generated: 'Framtagen',
    comparison: 'Jämförs med',
    back: 'Tillbaka till statistiken',
    print: 'Skriv ut',
    definitions: 'Definitioner',
    badYear: 'Ange ett år med fyra siffror, till exempel 2025.',
  },
};

export type StatisticsMessages = Messages<typeof statisticsSv>;
