import type { LocalisedText } from '../../domain/errors.js';
import { backupRefusalsEn } from '../../shared/words/backupRefusals.en.js';
import { backupRefusalsSv, type BackupRefusalMessages } from '../../shared/words/backupRefusals.sv.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';

/** A backup, restore or move refused before it changed anything; its message says why in Swedish, then English. */
export class BackupRefused extends Error {
  constructor(readonly text: LocalisedText) {
    super(`${text.sv}\n${text.en}`);
    this.name = 'BackupRefused';
  }
}

export function backupRefused(
  key: keyof BackupRefusalMessages,
  values: Record<string, string | number> = {},
): BackupRefused {
  return new BackupRefused(
    bothLanguages({ sv: backupRefusalsSv, en: backupRefusalsEn }, (words) => fill(words[key], values)),
  );
}
