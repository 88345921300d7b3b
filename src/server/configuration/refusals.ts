import type { LocalisedText } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { configurationEn } from '../../shared/words/configuration.en.js';
import { configurationSv, type ConfigurationMessages } from '../../shared/words/configuration.sv.js';
import { fill } from '../../shared/words/fill.js';

/** Why one value (or one combination) is wrong, said in both languages and never quoting a secret. */
export class Refused {
  constructor(readonly said: LocalisedText) {}
}

const words = { sv: configurationSv.refusals, en: configurationEn.refusals };

type Values = Record<string, string | number>;

function says<Filled extends Values = Values>(pick: (words: ConfigurationMessages['refusals']) => string) {
  return (values?: Filled) => new Refused(bothLanguages(words, (said) => fill(pick(said), values ?? {})));
}

/** Every refusal of a configuration value, by what is wrong; each is said after the variable's name. */
export const refused = {
  wholeNumber: says<{ min: number; max: number }>((said) => said.wholeNumber),
  positiveWholeNumber: says((said) => said.positiveWholeNumber),
  flag: says((said) => said.flag),
  oneOf: says<{ choices: string }>((said) => said.oneOf),
  httpAddress: says<{ example: string }>((said) => said.httpAddress),
  smtpAddress: says((said) => said.smtpAddress),
  postgresAddress: says((said) => said.postgresAddress),
  address: says<{ example: string }>((said) => said.address),
  httpsOnly: says((said) => said.httpsOnly),
  endsIn: says<{ path: string }>((said) => said.endsIn),
  includesOpenid: says((said) => said.includesOpenid),
  requiredWith: says<{ other: string }>((said) => said.requiredWith),
  requiredWithSetting: says<{ setting: string }>((said) => said.requiredWithSetting),
  allOrNone: says<{ names: string }>((said) => said.allOrNone),
  roleMapEntry: says<{ entry: string }>((said) => said.roleMapEntry),
  unknownRole: says<{ role: string; roles: string }>((said) => said.unknownRole),
  methodEntry: says<{ entry: string }>((said) => said.methodEntry),
  methodName: says<{ label: string }>((said) => said.methodName),
  certificateSubject: says<{ entry: string }>((said) => said.certificateSubject),
  noSubject: says((said) => said.noSubject),
  unreadableFile: says<{ path: string }>((said) => said.unreadableFile),
  proxiesNeeded: says((said) => said.proxiesNeeded),
  proxyAddresses: says<{ entry: string }>((said) => said.proxyAddresses),
};
