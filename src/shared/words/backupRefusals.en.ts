import type { BackupRefusalMessages } from './backupRefusals.sv.js';

export const backupRefusalsEn: BackupRefusalMessages = {
  targetExists: 'The file {{file}} already exists. Choose a new name: a backup never overwrites a file.',
  foreign:
    'The file {{file}} is not a Samplan backup (a tar archive beginning with samplan-backup.json). Nothing was changed.',
  incomplete:
    'The backup {{file}} is incomplete – interrupted or truncated: {{member}} is missing or ends early. Nothing was changed.',
  damaged:
    'The backup {{file}} is damaged: {{member}} does not match the manifest’s checksum and row count. Nothing was changed.',
  newerFormat:
    'The backup {{file}} has format {{version}}, which this version of Samplan cannot read. Restore with a newer version. Nothing was changed.',
  newerSchema:
    'The backup {{file}} comes from a newer Samplan ({{version}}) with the database change {{migration}}, which this version does not know. Upgrade Samplan, then restore. Nothing was changed.',
  databaseNotEmpty:
    'The database already has {{count}} tables and views. Restore or move only into an empty database. Nothing was changed.',
  dataDirectoryNotEmpty:
    'The data directory {{dataDir}} exists and is not empty. Restore into a new directory (DATA_DIR). Nothing was changed.',
  moveNeedsDataDirectory:
    'move-to-postgres moves the embedded database in DATA_DIR; remove DATABASE_URL from the environment to move.',
  moveWhileRunning:
    'Samplan is running on {{dataDir}}. Stop the server before moving: whatever is written after the copy would be lost. Nothing was changed.',
  serverNotAnswering:
    'A running Samplan holds the data directory {{dataDir}} but does not answer on {{socket}}. Try again, or stop the server and run the command again.',
  socketPathTooLong:
    'The data directory’s path is too long for the server’s control socket ({{length}} bytes, at most {{limit}}). Move the directory to a shorter path, or stop the server and run the command again.',
  pathNotAbsolute: 'The backup’s path must be absolute: {{file}}.',
  unknownRequest: 'The server did not understand the backup request.',
  notWritten: 'The backup could not be written: {{reason}}',
  noDatabase: 'There is no Samplan database in {{dataDir}} (set DATA_DIR to it).',
  noFile: 'The file {{file}} does not exist or cannot be read.',
  postgresTooOld:
    'PostgreSQL {{version}} is too old: Samplan needs PostgreSQL 15 or newer. Nothing was changed.',
};
