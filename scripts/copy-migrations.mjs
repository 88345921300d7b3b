// The compiled server reads its SQL migrations beside itself; tsc copies only TypeScript.
import { cpSync } from 'node:fs';

cpSync('src/db/migrations', 'dist/db/migrations', { recursive: true });
