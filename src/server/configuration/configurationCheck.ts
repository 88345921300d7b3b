import { configurationEn } from '../../shared/words/configuration.en.js';
import { configurationSv } from '../../shared/words/configuration.sv.js';
import { readConfig } from '../config.js';
import { ConfigError } from './configError.js';
import { resolvedSettings, type ResolvedSetting } from './resolvedSettings.js';
import type { Environment } from './variables.js';

const sv = configurationSv.check;
const en = configurationEn.check;
const both = (swedish: string, english: string) => `${swedish} / ${english}`;

function shown(setting: ResolvedSetting): string {
  if (setting.shown === null) return `(${both(sv.notSet, en.notSet)})`;
  if (typeof setting.shown === 'object') return `(${both(sv.hidden, en.hidden)})`;
  return setting.shown;
}

/** The settings as a table: each variable, where its value came from, and the value itself (secrets hidden). */
function settingsTable(settings: ResolvedSetting[]): string {
  const sources = {
    environment: both(sv.fromEnvironment, en.fromEnvironment),
    default: both(sv.fromDefault, en.fromDefault),
  };
  const nameWidth = Math.max(...settings.map((setting) => setting.name.length));
  const sourceWidth = Math.max(...Object.values(sources).map((source) => source.length));
  return settings
    .map((setting) =>
      [setting.name.padEnd(nameWidth), sources[setting.source].padEnd(sourceWidth), shown(setting)].join(
        '  ',
      ),
    )
    .join('\n');
}

/**
 * What `samplan config --check` says of `env`: the resolved settings, then either that they are valid or each
 * variable that is wrong.
 */
export function checkConfiguration(env: Environment): { settings: string; verdict: string; valid: boolean } {
  const settings = settingsTable(resolvedSettings(env));
  try {
    readConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { settings, verdict: error.message, valid: false };
  }
  return { settings, verdict: both(sv.valid, en.valid), valid: true };
}
