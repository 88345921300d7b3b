import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { Config } from './config.js';

/** What every route module is given: the database and the configuration. */
export interface AppContext {
  database: Database;
  config: Config;
}

/** A route module registers its routes on the app; each starts with `app.withTypeProvider<ZodTypeProvider>()`. */
export type RouteModule = (app: FastifyInstance, context: AppContext) => void;
