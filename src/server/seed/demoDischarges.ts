import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SeededCounty } from '../../db/seed/seedDemo.js';
import { registerAdmission } from '../discharge/registerAdmission.js';
import { startSipFromDischarge } from '../discharge/startSip.js';
import { assignCareContact, declareReady } from '../discharge/steps.js';
import type { Actor } from '../sips/actor.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/**
 * Two discharges from Medicinavdelning 3 to Ekby's home care and Vårdcentralen Åsen, made through the same steps
 * staff use: one ready for discharge today, still in time; one ready five days ago whose SIP was started but
 * never invited to, so it shows as late. The identity numbers are test numbers.
 */
export async function seedDemoDischarges(db: Kysely<DB>, county: SeededCounty): Promise<void> {
  const as = (username: string, unitKey: string): Actor => ({
    userId: county.userIds.get(username)!,
    unitId: county.unitIds.get(unitKey)!,
    role: 'staff',
    clientAddress: 'seed',
  });
  const karin = as('karin', 'region.avd');
  const anna = as('anna', 'region.vc');
  const admission = (idNumber: string, givenName: string, familyName: string, admittedHoursAgo: number) =>
    registerAdmission(db, karin, {
      person: {
        idNumber,
        reserve: false,
        givenName,
        familyName,
        protectedIdentity: false,
        address: '',
        phone: '',
      },
      admittedAt: hoursAgo(admittedHoursAgo),
      expectsMunicipalityEfforts: true,
      expectsPrimaryCareEfforts: true,
      municipalityUnitId: county.unitIds.get('ekby.home')!,
      primaryCareUnitId: county.unitIds.get('region.vc')!,
      estimatedDischargeOn: null,
    });

  const inTime = await admission('19380722-4567', 'Gun', 'Åberg', 50);
  await declareReady(db, karin, inTime, { readyAt: hoursAgo(1) });
  await assignCareContact(db, anna, inTime, { userId: anna.userId });

  const late = await admission('19501104-1125', 'Bertil', 'Sjö', 200);
  await declareReady(db, karin, late, { readyAt: hoursAgo(120) });
  await assignCareContact(db, anna, late, { userId: anna.userId });
  await startSipFromDischarge(db, anna, late, {
    description: 'Bertil behöver hemtjänst och uppföljning på vårdcentralen efter utskrivningen.',
  });
}
