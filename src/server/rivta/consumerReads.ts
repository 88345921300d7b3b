import type { Kysely } from 'kysely';
import { v5 as uuidv5 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { recordAccess } from '../audit/accessLog.js';
import type { CarePlanDocument } from '../data/carePlanDocuments.js';

// Fixed for ever: the same consumer gets the same actor id in every entry, across instances and years.
const consumerIds = 'b6f0c1de-5e0a-4c52-9a52-5d6f2a8c0e39';

/** The consumer an entry names: the original consumer the platform passes on, else the certificate's subject. */
export interface Consumer {
  name: string;
  clientAddress: string;
}

/**
 * Logs each plan version an answer carries as a read by the consumer, like every other read of personal data:
 * actor kind `rivta_consumer`, the consumer's HSA id as role, no unit (it acts for none of Samplan's), and the
 * answer's logId in the reason, so an entry leads to the platform's own log of the call. Call it last in the
 * transaction that read the versions.
 */
export async function logConsumerReads(
  db: Kysely<DB>,
  consumer: Consumer,
  logId: string,
  documents: readonly CarePlanDocument[],
): Promise<void> {
  for (const document of documents)
    await recordAccess(db, {
      actorKind: 'rivta_consumer',
      userId: uuidv5(consumer.name, consumerIds),
      unitId: null,
      role: consumer.name,
      action: 'read_plan_version',
      personId: document.personId,
      sipId: document.sipId,
      clientAddress: consumer.clientAddress,
      reason: `GetCarePlans logId ${logId}, version ${String(document.version)}`,
    });
}
