import type { ConfigurationMessages } from './configuration.sv.js';

export const configurationEn: ConfigurationMessages = {
  wrong: 'Samplan’s configuration is wrong, and Samplan does not start until it is corrected:',
  check: {
    fromEnvironment: 'environment',
    fromDefault: 'default',
    notSet: 'not set',
    hidden: 'set, hidden',
    valid: 'The configuration is valid.',
  },
  refusals: {
    wholeNumber: 'must be a whole number from {{min}} to {{max}}',
    positiveWholeNumber: 'must be a positive whole number',
    flag: 'must be true or false (or on/off, yes/no, 1/0)',
    oneOf: 'must be one of {{choices}}',
    httpAddress: 'must be an http or https address, such as {{example}}',
    smtpAddress: 'must be an smtp:// or smtps:// address, such as smtp://user:password@mail.region.se:587',
    postgresAddress:
      'must be a postgres:// or postgresql:// address, such as postgres://user:password@db-host:5432/samplan',
    address: 'must be a URL, e.g. {{example}}',
    httpsOnly: 'must use https (plain http only for 127.0.0.1 or localhost)',
    endsIn: 'must end in {{path}}',
    includesOpenid: 'must include openid',
    requiredWith: 'is required when {{other}} is set',
    requiredWithSetting: 'must be set with {{setting}}',
    allOrNone: 'is required when any of {{names}} is set',
    roleMapEntry: 'holds "{{entry}}", which is not of the form providerRole=samplanRole',
    unknownRole: 'names "{{role}}", which is not a Samplan role ({{roles}})',
    methodEntry: 'holds "{{entry}}", which is not of the form Label=acr',
    methodName: 'names "{{label}}" more than once; each label must be a distinct name',
    certificateSubject:
      'holds "{{entry}}", which is not a certificate subject such as CN=tp.example.se,O=Inera AB,C=SE',
    noSubject: 'names no certificate subject',
    unreadableFile: 'names {{path}}, which cannot be read',
    proxiesNeeded: 'must name the proxies that check client certificates, as RIVTA_TLS_BY_PROXY is on',
    proxyAddresses: 'must list addresses or CIDR ranges, not "{{entry}}", as RIVTA_TLS_BY_PROXY is on',
  },
};
