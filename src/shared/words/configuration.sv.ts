import type { Messages } from './messages.js';

/**
 * Swedish words of the server's configuration: what is wrong with a variable (each said after the variable's name,
 * never repeating its value, which may be a secret) and what `samplan config --check` prints;
 * configuration.en.ts mirrors every key.
 */
export const configurationSv = {
  wrong: 'Samplans inställningar är fel och Samplan startar inte förrän de är rättade:',
  check: {
    fromEnvironment: 'miljön',
    fromDefault: 'standard',
    notSet: 'inte satt',
    hidden: 'satt, dolt',
    valid: 'Inställningarna är giltiga.',
  },
  refusals: {
    wholeNumber: 'måste vara ett heltal från {{min}} till {{max}}',
    positiveWholeNumber: 'måste vara ett positivt heltal',
    flag: 'måste vara true eller false (eller on/off, yes/no, 1/0)',
    oneOf: 'måste vara en av {{choices}}',
    httpAddress: 'måste vara en http- eller https-adress, till exempel {{example}}',
    smtpAddress:
      'måste vara en smtp://- eller smtps://-adress, till exempel smtp://user:password@mail.region.se:587',
    postgresAddress:
      'måste vara en postgres://- eller postgresql://-adress, till exempel postgres://user:password@db-host:5432/samplan',
    address: 'måste vara en adress (URL), till exempel {{example}}',
    httpsOnly: 'måste använda https (vanlig http bara för 127.0.0.1 eller localhost)',
    endsIn: 'måste sluta på {{path}}',
    includesOpenid: 'måste innehålla openid',
    requiredWith: 'krävs när {{other}} är satt',
    requiredWithSetting: 'måste vara satt med {{setting}}',
    allOrNone: 'krävs när någon av {{names}} är satt',
    roleMapEntry: 'innehåller "{{entry}}", som inte har formen leverantörensRoll=samplanRoll',
    unknownRole: 'nämner "{{role}}", som inte är en roll i Samplan ({{roles}})',
    methodEntry: 'innehåller "{{entry}}", som inte har formen Etikett=acr',
    methodName: 'nämner "{{label}}" mer än en gång; varje etikett måste vara ett eget namn',
    certificateSubject:
      'innehåller "{{entry}}", som inte är ett certifikats subjekt som CN=tp.example.se,O=Inera AB,C=SE',
    noSubject: 'nämner inget certifikats subjekt',
    unreadableFile: 'nämner {{path}}, som inte går att läsa',
    proxiesNeeded:
      'måste nämna de proxyservrar som kontrollerar klientcertifikat, eftersom RIVTA_TLS_BY_PROXY är på',
    proxyAddresses:
      'måste vara adresser eller CIDR-intervall, inte "{{entry}}", eftersom RIVTA_TLS_BY_PROXY är på',
  },
};

export type ConfigurationMessages = Messages<typeof configurationSv>;
