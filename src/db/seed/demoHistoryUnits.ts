import type { UnitKey } from '../../generate/county.js';

/**
 * The units that carry the demo county's generated history (src/generate/demoHistory.ts): in the demo's own
 * organisations, beside the units the demo users work in, so that the history fills the statistics of the county,
 * its principals and organisations while the demo users' case lists, inboxes, follow-ups and deviations hold only
 * the hand-made cases. Every name is made up, and none contains the name of a demo user's unit.
 */

/** The municipalities of the demo county, in the order the generator numbers its areas. */
const areas = [
  { slug: 'ekby', name: 'Ekby' },
  { slug: 'strandvik', name: 'Strandvik' },
  { slug: 'norras', name: 'Norrås' },
] as const;
export const demoHistoryAreas = areas.length;
const everyArea = areas.map((_, index) => index);

export interface DemoHistoryUnit {
  /** A key of this list; the unit's HSA id is made from it, and finds the unit again at a later start. */
  key: string;
  /** The demo unit (demoCounty.ts) it is placed under, in that unit's organisation. */
  parent: string;
  name: string;
  category: string;
  /** The part it plays in the generated cases (src/generate/county.ts), and in which areas. */
  serves: UnitKey;
  areas: readonly number[];
}

const regionUnits: DemoHistoryUnit[] = [
  ...areas.map((area, index): DemoHistoryUnit => ({
    key: `region.vc.${area.slug}`,
    parent: 'region.hsv',
    name: `Vårdcentralen ${area.name}`,
    category: 'primary_care',
    serves: 'vc',
    areas: [index],
  })),
  ...(
    [
      ['psyk', 'Psykiatriska öppenvårdsmottagningen Sörmark', 'adult_psychiatry'],
      ['bup', 'BUP-mottagningen Strandvik', 'child_psychiatry'],
      ['hab', 'Habiliteringscentrum Norrås', 'child_habilitation'],
      ['ward', 'Geriatriska avdelningen, Länssjukhuset Sörmark', 'hospital_ward'],
    ] as const
  ).map(([serves, name, category]) => ({
    key: `region.${serves}`,
    parent: 'region.hsv',
    name,
    category,
    serves,
    areas: everyArea,
  })),
];

const municipalityUnits: DemoHistoryUnit[] = areas.flatMap((area, index) =>
  (
    [
      ['home', `Hemtjänsten ${area.name} södra`, 'elderly_care'],
      ['lss', `Funktionsstöd ${area.name}, boende och daglig verksamhet`, 'disability_support'],
      ['ifo', `Socialtjänstens mottagning ${area.name}`, 'individual_family_care'],
      ['socpsyk', `Socialpsykiatrin ${area.name}`, 'social_psychiatry'],
      ['school', `Elevhälsan i ${area.name} kommuns skolor`, 'school'],
    ] as const
  ).map(([serves, name, category]) => ({
    key: `${area.slug}.${serves}`,
    parent: `${area.slug}.soc`,
    name,
    category,
    serves,
    areas: [index],
  })),
);

export const demoHistoryUnits: readonly DemoHistoryUnit[] = [
  ...regionUnits,
  ...municipalityUnits,
  {
    key: 'fk',
    parent: 'fk.sormark',
    name: 'Försäkringskassan, sjukförsäkring Sörmark',
    category: 'social_insurance',
    serves: 'fk',
    areas: everyArea,
  },
];

/** The made-up HSA id of a history unit, in the demo county's format. */
export const demoHistoryHsaId = (unit: DemoHistoryUnit) =>
  `SE2321000099-HISTORY-${unit.key.replace(/\./g, '-').toUpperCase()}`;
