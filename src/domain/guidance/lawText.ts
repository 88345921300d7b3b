import type { GuidanceStep } from '../../shared/guidance.js';
import type { LocalisedText } from '../errors.js';

/**
 * The law's own wording for each step of a SIP, shown beside the county's routine text. The statute text is
 * Swedish and stays Swedish in every language: a translation would not be the law. Each step also has a short
 * summary in plain words, in Swedish and English.
 *
 * The texts are the provisions as they read with "region" for "landsting" (in force since 2020). HSL 16 kap. 4 §
 * and SoL 2 kap. 7 § are the SIP provisions themselves (seed 004, ch. 1.2); the others are those the routine
 * (seed 001) leans on: consent and confidentiality, the guardians and the child's view, and discharge.
 */
export interface LawExcerpt {
  /** The statute's name and number as it is cited, e.g. "Hälso- och sjukvårdslag (2017:30)". */
  statute: string;
  /** The provision, and which paragraphs (stycken) when not all of it, e.g. "16 kap. 4 § första stycket". */
  reference: string;
  /** The paragraphs quoted, in order; a numbered list keeps one item a line. */
  paragraphs: string[];
}

export interface StepLaw {
  excerpts: LawExcerpt[];
  /** What the provisions mean for this step, in a few plain sentences. */
  summary: LocalisedText;
}

const hsl = 'Hälso- och sjukvårdslag (2017:30)';
const sol = 'Socialtjänstlag (2001:453)';

const withTheIndividual =
  'Planen ska när det är möjligt upprättas tillsammans med den enskilde. Närstående ska ges möjlighet att delta i ' +
  'arbetet med planen, om det är lämpligt och den enskilde inte motsätter sig det.';

const planContents = (others: string): string =>
  [
    'Av planen ska det framgå',
    '1. vilka insatser som behövs,',
    '2. vilka insatser respektive huvudman ska svara för,',
    `3. vilka åtgärder som vidtas av någon annan än ${others}, och`,
    '4. vem av huvudmännen som ska ha det övergripande ansvaret för planen.',
  ].join('\n');

/** The SIP provision of the health care act, by paragraph. */
const hsl16_4 = {
  first: {
    statute: hsl,
    reference: '16 kap. 4 § första stycket',
    paragraphs: [
      'När den enskilde har behov av insatser både från hälso- och sjukvården och från socialtjänsten ska regionen ' +
        'tillsammans med kommunen upprätta en individuell plan. Planen ska upprättas om regionen eller kommunen ' +
        'bedömer att den behövs för att den enskilde ska få sina behov tillgodosedda, och om den enskilde samtycker ' +
        'till att den upprättas. Arbetet med planen ska påbörjas utan dröjsmål.',
    ],
  },
  second: { statute: hsl, reference: '16 kap. 4 § andra stycket', paragraphs: [withTheIndividual] },
  third: {
    statute: hsl,
    reference: '16 kap. 4 § tredje stycket',
    paragraphs: [planContents('regionen eller kommunen')],
  },
} satisfies Record<string, LawExcerpt>;

/** The same provision in the social services act. */
const sol2_7 = {
  first: {
    statute: sol,
    reference: '2 kap. 7 § första stycket',
    paragraphs: [
      'När den enskilde har behov av insatser både från socialtjänsten och från hälso- och sjukvården ska kommunen ' +
        'tillsammans med regionen upprätta en individuell plan. Planen ska upprättas om kommunen eller regionen ' +
        'bedömer att den behövs för att den enskilde ska få sina behov tillgodosedda, och om den enskilde samtycker ' +
        'till att den upprättas. Arbetet med planen ska påbörjas utan dröjsmål.',
    ],
  },
  second: { statute: sol, reference: '2 kap. 7 § andra stycket', paragraphs: [withTheIndividual] },
  third: {
    statute: sol,
    reference: '2 kap. 7 § tredje stycket',
    paragraphs: [planContents('kommunen eller regionen')],
  },
} satisfies Record<string, LawExcerpt>;

const confidentialityWaived: LawExcerpt = {
  statute: 'Offentlighets- och sekretesslag (2009:400)',
  reference: '12 kap. 2 § första stycket',
  paragraphs: [
    'Sekretess till skydd för en enskild kan helt eller delvis efterges av den enskilde, om inte annat anges i denna lag.',
  ],
};

const guardians: LawExcerpt = {
  statute: 'Föräldrabalken',
  reference: '6 kap. 11 §',
  paragraphs: [
    'Vårdnadshavaren har rätt och skyldighet att bestämma i frågor som rör barnets personliga angelägenheter. ' +
      'Vårdnadshavaren ska därvid i takt med barnets stigande ålder och utveckling ta allt större hänsyn till ' +
      'barnets synpunkter och önskemål.',
  ],
};

const childsBestInterestsSocial: LawExcerpt = {
  statute: sol,
  reference: '1 kap. 2 § första stycket',
  paragraphs: ['Vid åtgärder som rör barn ska barnets bästa särskilt beaktas.'],
};

const childsBestInterestsDisability: LawExcerpt = {
  statute: 'Lag (1993:387) om stöd och service till vissa funktionshindrade',
  reference: '6 a §',
  paragraphs: ['När åtgärder rör barn ska barnets bästa särskilt beaktas.'],
};

const childsView: LawExcerpt = {
  statute: 'Patientlag (2014:821)',
  reference: '4 kap. 3 §',
  paragraphs: [
    'När patienten är ett barn ska barnets inställning till den aktuella vården eller behandlingen så långt som ' +
      'möjligt klarläggas. Barnets inställning ska tillmätas betydelse i förhållande till hans eller hennes ålder ' +
      'och mognad.',
  ],
};

const dischargePurpose: LawExcerpt = {
  statute: 'Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård',
  reference: '1 kap. 2 §',
  paragraphs: [
    'Denna lag syftar till att främja en god vård och en socialtjänst av god kvalitet för enskilda som efter ' +
      'utskrivning från sluten vård behöver insatser från socialtjänsten, den kommunalt finansierade hälso- och ' +
      'sjukvården eller den regionfinansierade öppna vården. I detta syfte ska lagen särskilt främja att en patient ' +
      'med behov av insatser skrivs ut från den slutna vården så snart som möjligt efter det att den behandlande ' +
      'läkaren bedömt att patienten är utskrivningsklar.',
  ],
};

const dischargeInformation: LawExcerpt = {
  statute: 'Patientlag (2014:821)',
  reference: '3 kap. 2 b §',
  paragraphs: [
    'En patient som skrivs ut från sluten vård ska få sammanfattande information om den vård och behandling som ' +
      'getts under vårdtiden, om avsikten är att patienten ska få insatser från socialtjänst, kommunal hälso- och ' +
      'sjukvård eller den regionfinansierade öppna vården. Om information finns tillgänglig, ska patienten även få ' +
      'uppgifter om vem som är patientens fasta vårdkontakt, tidpunkt för när samordnad individuell planering avses ' +
      'genomföras och uppgifter om befintliga planer för vård och omsorg efter utskrivningen.',
  ],
};

export const lawByStep: Record<GuidanceStep, StepLaw> = {
  need: {
    excerpts: [hsl16_4.first, sol2_7.first],
    summary: {
      sv: 'Regionen och kommunen ska göra en gemensam plan när någon av dem bedömer att den behövs och personen samtycker. Arbetet ska börja utan dröjsmål.',
      en: 'The region and the municipality must make a joint plan when either of them judges that one is needed and the person consents. The work must start without delay.',
    },
  },
  consent: {
    excerpts: [hsl16_4.first, confidentialityWaived, guardians],
    summary: {
      sv: 'Planen görs bara om personen samtycker. Sekretessen skyddar personen, och bara personen kan häva den – därför avgör samtycket vilka som får dela uppgifter. För ett barn bestämmer vårdnadshavarna, och barnets egen vilja väger tyngre ju äldre barnet är.',
      en: 'The plan is made only if the person consents. Confidentiality protects the person, and only the person can lift it, so the consent decides who may share information. For a child the guardians decide, giving more weight to the child’s own wishes as the child grows older.',
    },
  },
  preparation: {
    excerpts: [hsl16_4.second, childsBestInterestsSocial, childsBestInterestsDisability, childsView],
    summary: {
      sv: 'Planen ska göras tillsammans med personen när det går. Närstående får vara med om det passar och personen inte säger nej. För ett barn ska barnets bästa beaktas och barnets inställning tas reda på så långt det går.',
      en: 'The plan is made together with the person where possible. Relatives may take part when suitable and the person does not object. For a child, the child’s best interests are considered and the child’s view is found out as far as possible.',
    },
  },
  meeting: {
    excerpts: [hsl16_4.second, sol2_7.second],
    summary: {
      sv: 'Regionen och kommunen gör planen tillsammans, och med personen själv när det är möjligt. Närstående ges möjlighet att delta om det är lämpligt och personen inte motsätter sig det.',
      en: 'The region and the municipality make the plan together, and with the person whenever possible. Relatives are given the chance to take part when suitable and the person does not object.',
    },
  },
  plan: {
    excerpts: [hsl16_4.third, sol2_7.third],
    summary: {
      sv: 'Planen ska visa vilka insatser som behövs, vem av regionen och kommunen som svarar för vad, vad andra än regionen och kommunen gör, och vem av dem som har det övergripande ansvaret.',
      en: 'The plan must show which efforts are needed, which of them the region and the municipality are each responsible for, what others than the region and the municipality do, and which of the two has the overall responsibility.',
    },
  },
  followUp: {
    excerpts: [hsl16_4.third],
    summary: {
      sv: 'Lagen säger inte när planen ska följas upp; det gör länets rutin. Den huvudman som har det övergripande ansvaret ser till att planen hålls aktuell.',
      en: 'The law does not say when the plan is followed up; the county’s routine does. The principal with the overall responsibility sees that the plan is kept up to date.',
    },
  },
  closing: {
    excerpts: [hsl16_4.first, confidentialityWaived],
    summary: {
      sv: 'Planen bygger på personens samtycke. När målen är nådda, eller personen tar tillbaka sitt samtycke, avslutas samordningen. Lagen säger inte mer om avslut; det gör länets rutin.',
      en: 'The plan rests on the person’s consent. When the goals are reached, or the person withdraws consent, the coordination ends. The law says nothing more about closing; the county’s routine does.',
    },
  },
  discharge: {
    excerpts: [dischargePurpose, dischargeInformation, hsl16_4.first],
    summary: {
      sv: 'Den som är utskrivningsklar ska kunna lämna sjukhuset så snart som möjligt. Behöver patienten insatser från både regionen och kommunen kallar den fasta vårdkontakten i öppenvården till samordnad individuell planering inom tre dagar efter beskedet om utskrivningsklar, eller den frist länet har kommit överens om.',
      en: 'A patient ready for discharge should be able to leave hospital as soon as possible. When the patient needs efforts from both the region and the municipality, the named care contact in outpatient care invites to coordinated individual planning within three days of the notice that the patient is ready, or within the deadline the county has agreed.',
    },
  },
};
