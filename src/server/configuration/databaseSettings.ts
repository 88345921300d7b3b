import { resolve } from 'node:path';
import type { DatabaseConfig } from '../../db/database.js';
import { refused } from './refusals.js';
import {
  address,
  flag,
  positiveWholeNumber,
  settingsArea,
  text,
  variable,
  wholeNumber,
} from './variables.js';

export const seedDemo = variable(flag, true);

/** Which database, what it starts with, and how long its access log is kept. */
export const databaseSettings = settingsArea(
  {
    DATA_DIR: variable(text, './data'),
    DATABASE_URL: variable(address(['postgres:', 'postgresql:'], refused.postgresAddress()), null, {
      secret: 'password',
    }),
    SEED_DEMO: seedDemo,
    DEMO_HISTORY_SIPS: variable(wholeNumber(0, 100_000), 3000),
    // Ten years unless configured otherwise.
    AUDIT_RETENTION_DAYS: variable(positiveWholeNumber, 3650),
  },
  (values) => {
    const database: DatabaseConfig = values.DATABASE_URL
      ? { databaseUrl: values.DATABASE_URL }
      : { dataDir: resolve(values.DATA_DIR) };
    return {
      database,
      seedDemo: values.SEED_DEMO,
      demoHistorySips: values.DEMO_HISTORY_SIPS,
      auditRetentionDays: values.AUDIT_RETENTION_DAYS,
    };
  },
);
