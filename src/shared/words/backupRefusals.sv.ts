import type { Messages } from './messages.js';

/** Swedish words of `samplan backup`, `restore` and `move-to-postgres` when they refuse; the .en file mirrors them. */
export const backupRefusalsSv = {
  targetExists:
    'Filen {{file}} finns redan. Välj ett nytt namn: en säkerhetskopia skriver aldrig över en fil.',
  foreign:
    'Filen {{file}} är inte en säkerhetskopia från Samplan (ett tar-arkiv som börjar med samplan-backup.json). Inget ändrades.',
  incomplete:
    'Säkerhetskopian {{file}} är ofullständig – avbruten eller avkortad: {{member}} saknas eller slutar för tidigt. Inget ändrades.',
  damaged:
    'Säkerhetskopian {{file}} är skadad: {{member}} stämmer inte med innehållsförteckningens kontrollsumma och antal rader. Inget ändrades.',
  newerFormat:
    'Säkerhetskopian {{file}} har format {{version}}, som den här versionen av Samplan inte kan läsa. Återställ med en nyare version. Inget ändrades.',
  newerSchema:
    'Säkerhetskopian {{file}} kommer från en nyare Samplan ({{version}}) med databasändringen {{migration}}, som den här versionen inte känner till. Uppgradera Samplan och återställ sedan. Inget ändrades.',
  databaseNotEmpty:
    'Databasen har redan {{count}} tabeller och vyer. Återställ eller flytta bara till en tom databas. Inget ändrades.',
  dataDirectoryNotEmpty:
    'Datakatalogen {{dataDir}} finns redan och är inte tom. Återställ till en ny katalog (DATA_DIR). Inget ändrades.',
  moveNeedsDataDirectory:
    'move-to-postgres flyttar den inbäddade databasen i DATA_DIR; ta bort DATABASE_URL ur miljön när du flyttar.',
  moveWhileRunning:
    'Samplan körs mot {{dataDir}}. Stoppa servern innan du flyttar: det som skrivs efter kopieringen skulle annars gå förlorat. Inget ändrades.',
  serverNotAnswering:
    'En körande Samplan håller datakatalogen {{dataDir}}, men svarar inte på {{socket}}. Försök igen, eller stoppa servern och kör kommandot igen.',
  socketPathTooLong:
    'Sökvägen till datakatalogen är för lång för serverns styrsocket ({{length}} byte, högst {{limit}}). Flytta katalogen till en kortare sökväg, eller stoppa servern och kör kommandot igen.',
  pathNotAbsolute: 'Säkerhetskopians sökväg måste vara absolut: {{file}}.',
  unknownRequest: 'Servern förstod inte begäran om säkerhetskopia.',
  notWritten: 'Säkerhetskopian kunde inte skrivas: {{reason}}',
  noDatabase: 'Det finns ingen Samplan-databas i {{dataDir}} (sätt DATA_DIR till den).',
  noFile: 'Filen {{file}} finns inte eller kan inte läsas.',
  postgresTooOld:
    'PostgreSQL {{version}} är för gammal: Samplan behöver PostgreSQL 15 eller nyare. Inget ändrades.',
};

export type BackupRefusalMessages = Messages<typeof backupRefusalsSv>;
