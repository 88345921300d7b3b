import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { Config } from './config.js';
import type { InstanceLife } from './instanceLife.js';

/** What every route module is given: the database, the configuration and where the instance is in its life. */
export interface AppContext {
  database: Database;
  config: Config;
  life: InstanceLife;
}

/** A route module registers its routes on the app; each starts with `app.withTypeProvider<ZodTypeProvider>()`. */
export type RouteModule = (app: FastifyInstance, context: AppContext) => void;
