/**
 * The demo county: a fictional region, three municipalities, a school and Försäkringskassan, with units and
 * staff, so that a fresh install can be tried at once. Every name here is made up.
 */
export const demoPassword = 'Samplan-demo-2026';

export type OrganisationKind = 'region' | 'municipality' | 'other';

export interface DemoUnit {
  key: string;
  name: string;
  category: string;
  email: string;
  phone: string;
  /** A made-up id in the HSA format, so single sign-on can be tried against the demo county. */
  hsaId: string;
  children?: DemoUnit[];
}

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  units: DemoUnit[];
}

export interface DemoUser {
  username: string;
  displayName: string;
  title: string;
  units: {
    unit: string;
    role: 'staff' | 'unit_manager' | 'organisation_admin' | 'county_coordinator' | 'system_admin';
  }[];
}

function unit(key: string, name: string, category: string, phone: string, children?: DemoUnit[]): DemoUnit {
  return {
    key,
    name,
    category,
    email: `${key.replace(/\./g, '-')}@demo.samplan.se`,
    phone,
    hsaId: `SE2321000099-${key.replace(/\./g, '-').toUpperCase()}`,
    ...(children ? { children } : {}),
  };
}

function municipality(slug: string, name: string, phonePrefix: string): DemoOrganisation {
  return {
    name: `${name} kommun`,
    kind: 'municipality',
    units: [
      unit(`${slug}.soc`, `Socialförvaltningen ${name}`, 'administration', `${phonePrefix}-10 00 00`, [
        unit(`${slug}.home`, `Hemtjänst och äldreomsorg ${name}`, 'elderly_care', `${phonePrefix}-10 10 10`),
        unit(`${slug}.lss`, `LSS och funktionsstöd ${name}`, 'disability_support', `${phonePrefix}-10 20 20`),
        unit(
          `${slug}.ifo`,
          `Individ- och familjeomsorgen ${name}`,
          'individual_family_care',
          `${phonePrefix}-10 30 30`,
        ),
      ]),
    ],
  };
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    name: 'Region Sörmark',
    kind: 'region',
    units: [
      unit('region.hsv', 'Hälso- och sjukvården Region Sörmark', 'administration', '010-100 00 00', [
        unit('region.vc', 'Vårdcentralen Åsen', 'primary_care', '010-100 10 10'),
        unit('region.psyk', 'Vuxenpsykiatrin Sörmark', 'adult_psychiatry', '010-100 20 20'),
        unit('region.bup', 'Barn- och ungdomspsykiatrin (BUP) Sörmark', 'child_psychiatry', '010-100 30 30'),
        unit('region.hab', 'Barn- och ungdomshabiliteringen Sörmark', 'child_habilitation', '010-100 40 40'),
        unit('region.avd', 'Medicinavdelning 3, Länssjukhuset Sörmark', 'hospital_ward', '010-100 50 50'),
      ]),
    ],
  },
  municipality('ekby', 'Ekby', '0150'),
  municipality('strandvik', 'Strandvik', '0155'),
  municipality('norras', 'Norrås', '0157'),
  {
    name: 'Ekbyskolan',
    kind: 'other',
    units: [unit('school.health', 'Elevhälsan Ekbyskolan', 'school', '0150-20 00 00')],
  },
  {
    name: 'Försäkringskassan',
    kind: 'other',
    units: [
      unit(
        'fk.sormark',
        'Försäkringskassan, lokalt försäkringscenter Sörmark',
        'social_insurance',
        '0771-524 524',
      ),
    ],
  },
];

export const demoUsers: DemoUser[] = [
  {
    username: 'anna',
    displayName: 'Anna Lind',
    title: 'Distriktssköterska',
    units: [{ unit: 'region.vc', role: 'staff' }],
  },
  {
    username: 'erik',
    displayName: 'Erik Holm',
    title: 'Kurator',
    units: [{ unit: 'region.psyk', role: 'staff' }],
  },
  {
    username: 'lina',
    displayName: 'Lina Berg',
    title: 'Psykolog',
    units: [{ unit: 'region.bup', role: 'staff' }],
  },
  {
    username: 'omar',
    displayName: 'Omar Said',
    title: 'Arbetsterapeut',
    units: [{ unit: 'region.hab', role: 'staff' }],
  },
  {
    username: 'karin',
    displayName: 'Karin Ek',
    title: 'Sjuksköterska',
    units: [{ unit: 'region.avd', role: 'staff' }],
  },
  {
    username: 'helena',
    displayName: 'Helena Strand',
    title: 'Verksamhetschef',
    units: [
      { unit: 'region.vc', role: 'unit_manager' },
      { unit: 'region.psyk', role: 'unit_manager' },
    ],
  },
  {
    username: 'maria',
    displayName: 'Maria Nilsson',
    title: 'Socialsekreterare',
    units: [{ unit: 'ekby.ifo', role: 'staff' }],
  },
  {
    username: 'johan',
    displayName: 'Johan Larsson',
    title: 'Biståndshandläggare',
    units: [{ unit: 'ekby.home', role: 'staff' }],
  },
  {
    username: 'sara',
    displayName: 'Sara Öberg',
    title: 'LSS-handläggare',
    units: [{ unit: 'ekby.lss', role: 'staff' }],
  },
  {
    username: 'nils',
    displayName: 'Nils Wik',
    title: 'Socialsekreterare',
    units: [{ unit: 'strandvik.ifo', role: 'staff' }],
  },
  {
    username: 'ida',
    displayName: 'Ida Falk',
    title: 'Biståndshandläggare',
    units: [{ unit: 'norras.home', role: 'staff' }],
  },
  {
    username: 'per',
    displayName: 'Per Andersson',
    title: 'Skolkurator',
    units: [{ unit: 'school.health', role: 'staff' }],
  },
  {
    username: 'fatima',
    displayName: 'Fatima Karlsson',
    title: 'Handläggare',
    units: [{ unit: 'fk.sormark', role: 'staff' }],
  },
  {
    username: 'lotta',
    displayName: 'Lotta Ström',
    title: 'Närvårdskoordinator',
    units: [{ unit: 'region.hsv', role: 'county_coordinator' }],
  },
  {
    username: 'admin',
    displayName: 'Samplan förvaltning',
    title: 'Systemförvaltare',
    units: [{ unit: 'region.hsv', role: 'system_admin' }],
  },
];
