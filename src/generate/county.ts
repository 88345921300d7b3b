import { inTransaction } from '../db/transaction.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { pick, seededRandom, seededUuid } from './random.js';

/**
 * The generated county (or nation): regions, their municipalities, a school organisation per municipality and
 * Försäkringskassan, each with the units SIPs are made by and a staff member and a manager in each unit. Made in
 * JavaScript from the seed and written in one go; the cases are then made inside the database.
 */

/** The kinds of unit a generated SIP may involve, by the short key the case generator joins on. */
export const unitKeys = [
  'vc',
  'psyk',
  'bup',
  'hab',
  'ward',
  'home',
  'lss',
  'ifo',
  'socpsyk',
  'school',
  'fk',
] as const;
export type UnitKey = (typeof unitKeys)[number];

/** In every municipality (area), the unit of each key that serves it and the staff member acting for it. */
export interface AreaUnit {
  area: number;
  key: UnitKey;
  unitId: string;
  userId: string;
}

export interface GeneratedCounty {
  areas: number;
  areaUnits: AreaUnit[];
  organisations: number;
  units: number;
  users: number;
}

const regionUnits: [UnitKey, string, string][] = [
  ['psyk', 'Vuxenpsykiatrin', 'adult_psychiatry'],
  ['bup', 'Barn- och ungdomspsykiatrin (BUP)', 'child_psychiatry'],
  ['hab', 'Barn- och ungdomshabiliteringen', 'child_habilitation'],
  ['ward', 'Medicinavdelningen, Länssjukhuset', 'hospital_ward'],
];

const municipalityUnits: [UnitKey, string, string][] = [
  ['home', 'Hemtjänst och äldreomsorg', 'elderly_care'],
  ['lss', 'LSS och funktionsstöd', 'disability_support'],
  ['ifo', 'Individ- och familjeomsorgen', 'individual_family_care'],
  ['socpsyk', 'Socialpsykiatrin', 'social_psychiatry'],
];

const placeStarts = ['Ek', 'Björk', 'Sjö', 'Strand', 'Berg', 'Lund', 'Ås', 'Dal', 'Holm', 'Norr'];
const placeStartsMore = ['Söder', 'Väster', 'Öster', 'Gran', 'Tall', 'Sten', 'Lind', 'Al', 'Hag', 'Vik'];
const placeEnds = [
  'by',
  'vik',
  'köping',
  'hamn',
  'sund',
  'torp',
  'stad',
  'dal',
  'berga',
  'näs',
  'fors',
  'lunda',
  'holm',
  'ryd',
  'åker',
  'hult',
];
const givenNames = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Ali',
  'Emma',
  'Mikael',
  'Fatima',
];
const familyNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
];
const titles = ['Kurator', 'Sjuksköterska', 'Biståndshandläggare', 'Socialsekreterare', 'Arbetsterapeut'];

/** About one municipality per 3,500 SIPs, as many as Sweden has at most; at least three. */
export function areaCount(sips: number): number {
  return Math.min(290, Math.max(3, Math.round(sips / 3500)));
}

const MUNICIPALITIES_PER_REGION = 14;

export async function generateCounty(
  db: Kysely<DB>,
  seed: number,
  sips: number,
  asOf: Date,
): Promise<GeneratedCounty> {
  const random = seededRandom(seed);
  // Made four years before the cases' reference time, so the oldest case finds its units in place.
  const madeAt = new Date(asOf.getTime() - 4 * 365 * 86_400_000);
  const newId = () => seededUuid(random, madeAt);
  const areas = areaCount(sips);
  const names = placeNames(random, areas);
  type Made = { id: string; createdAt: Date };
  const organisations: (Made & { name: string; kind: 'region' | 'municipality' | 'other' })[] = [];
  const units: (Made & {
    organisationId: string;
    parentId: string | null;
    name: string;
    category: string;
  })[] = [];
  const users: (Made & { username: string; displayName: string; title: string })[] = [];
  const commissions: {
    userId: string;
    unitId: string;
    role: 'staff' | 'unit_manager' | 'county_coordinator';
  }[] = [];
  const areaUnits: AreaUnit[] = [];

  const addOrganisation = (name: string, kind: 'region' | 'municipality' | 'other') => {
    const id = newId();
    organisations.push({ id, name, kind, createdAt: madeAt });
    return id;
  };
  const addUser = (unitId: string, role: 'staff' | 'unit_manager' | 'county_coordinator') => {
    const id = newId();
    const number = users.length + 1;
    users.push({
      id,
      createdAt: madeAt,
      username: `gen-${seed}-${number}`,
      displayName: `${pick(random, givenNames)} ${pick(random, familyNames)}`,
      title:
        role === 'staff'
          ? pick(random, titles)
          : role === 'unit_manager'
            ? 'Enhetschef'
            : 'Närvårdskoordinator',
    });
    commissions.push({ userId: id, unitId, role });
    return id;
  };
  const addUnit = (organisationId: string, parentId: string | null, name: string, category: string) => {
    const id = newId();
    units.push({ id, createdAt: madeAt, organisationId, parentId, name, category });
    return id;
  };
  /** A working unit with its staff member (who acts for it in the cases) and its manager. */
  const addWorkingUnit = (organisationId: string, parentId: string, name: string, category: string) => {
    const unitId = addUnit(organisationId, parentId, name, category);
    const userId = addUser(unitId, 'staff');
    addUser(unitId, 'unit_manager');
    return { unitId, userId };
  };

  const fkId = addOrganisation('Försäkringskassan', 'other');
  const fkRoot = addUnit(fkId, null, 'Försäkringskassan', 'administration');
  for (let first = 0; first < areas; first += MUNICIPALITIES_PER_REGION) {
    const regionName = `Region ${names[first]!}`;
    const regionId = addOrganisation(regionName, 'region');
    const root = addUnit(regionId, null, `Hälso- och sjukvården ${regionName}`, 'administration');
    addUser(root, 'county_coordinator');
    const shared = regionUnits.map(([key, name, category]) => ({
      key,
      ...addWorkingUnit(regionId, root, `${name} ${regionName}`, category),
    }));
    const fk = addWorkingUnit(fkId, fkRoot, `Lokalt försäkringscenter ${names[first]!}`, 'social_insurance');
    for (let area = first; area < Math.min(areas, first + MUNICIPALITIES_PER_REGION); area++) {
      const place = names[area]!;
      const vc = addWorkingUnit(regionId, root, `Vårdcentralen ${place}`, 'primary_care');
      const municipalityId = addOrganisation(`${place} kommun`, 'municipality');
      const social = addUnit(municipalityId, null, `Socialförvaltningen ${place}`, 'administration');
      const own = municipalityUnits.map(([key, name, category]) => ({
        key,
        ...addWorkingUnit(municipalityId, social, `${name} ${place}`, category),
      }));
      const schoolId = addOrganisation(`${place}skolan`, 'other');
      const schoolRoot = addUnit(schoolId, null, `${place}skolan`, 'administration');
      const school = addWorkingUnit(schoolId, schoolRoot, `Elevhälsan ${place}skolan`, 'school');
      for (const { key, unitId, userId } of [
        ...shared,
        ...own,
        { key: 'vc' as const, ...vc },
        { key: 'school' as const, ...school },
        { key: 'fk' as const, ...fk },
      ]) {
        areaUnits.push({ area, key, unitId, userId });
      }
    }
  }

  await inTransaction(db, async (trx) => {
    for (const [table, rows] of [
      ['organisations', organisations],
      ['units', units],
      ['users', users],
      ['userUnits', commissions],
    ] as const) {
      for (let at = 0; at < rows.length; at += 1000) {
        await trx
          .insertInto(table)
          .values(rows.slice(at, at + 1000))
          .execute();
      }
    }
  });
  return {
    areas,
    areaUnits,
    organisations: organisations.length,
    units: units.length,
    users: users.length,
  };
}

/** Distinct made-up place names, as many as there are municipalities. */
function placeNames(random: () => number, count: number): string[] {
  const all = [...placeStarts, ...placeStartsMore].flatMap((start) => placeEnds.map((end) => start + end));
  for (let index = all.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [all[index], all[other]] = [all[other]!, all[index]!];
  }
  return all.slice(0, count);
}
