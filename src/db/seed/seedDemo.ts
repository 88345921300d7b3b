import { inTransaction } from '../transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '../../server/auth/passwords.js';
import type { DB } from '../schema.js';
import { demoOrganisations, demoPassword, demoUsers, type DemoUnit } from './demoCounty.js';

/** The ids the demo county got, by the keys and usernames in demoCounty.ts. */
export interface SeededCounty {
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
}

/**
 * Seeds the demo county into an empty database, in one transaction. Returns null, changing nothing, when the
 * database already has organisations: the demo never mixes with real data.
 */
export async function seedDemoCounty(db: Kysely<DB>): Promise<SeededCounty | null> {
  const passwordHash = await hashPassword(demoPassword);
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (existing) return null;
    const userIds = new Map<string, string>();
    const unitIds = new Map<string, string>();
    for (const organisation of demoOrganisations) {
      const organisationId = uuidv7();
      await trx
        .insertInto('organisations')
        .values({ id: organisationId, name: organisation.name, kind: organisation.kind })
        .execute();
      const insertUnits = async (units: DemoUnit[], parentId: string | null): Promise<void> => {
        for (const unit of units) {
          const id = uuidv7();
          unitIds.set(unit.key, id);
          await trx
            .insertInto('units')
            .values({
              id,
              organisationId,
              parentId,
              name: unit.name,
              category: unit.category,
              email: unit.email,
              phone: unit.phone,
              hsaId: unit.hsaId,
            })
            .execute();
          if (unit.children) await insertUnits(unit.children, id);
        }
      };
      await insertUnits(organisation.units, null);
    }
    for (const user of demoUsers) {
      const userId = uuidv7();
      userIds.set(user.username, userId);
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: user.username,
          displayName: user.displayName,
          title: user.title,
          email: `${user.username}@demo.samplan.se`,
          passwordHash,
          disabledAt: null,
        })
        .execute();
      for (const commission of user.units) {
        const unitId = unitIds.get(commission.unit);
        if (!unitId) throw new Error(`Demo user ${user.username} names unknown unit ${commission.unit}`);
        await trx.insertInto('userUnits').values({ userId, unitId, role: commission.role }).execute();
      }
    }
    return { unitIds, userIds };
  });
}
