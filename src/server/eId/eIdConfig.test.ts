import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';

const broker = {
  PUBLIC_OIDC_ISSUER: 'https://eid.region.example.se/oidc',
  PUBLIC_OIDC_CLIENT_ID: 'samplan-mina',
};

const readEIdConfig = (env: Record<string, string>) => readConfig(env).eId;

describe('the e-ID broker configuration', () => {
  it('is absent without PUBLIC_OIDC_ISSUER', () => {
    expect(readEIdConfig({})).toBeNull();
    expect(readEIdConfig({ PUBLIC_OIDC_ISSUER: '  ' })).toBeNull();
  });

  it('reads a broker with its methods, each a key made from its label and sent as acr_values', () => {
    const config = readEIdConfig({
      ...broker,
      PUBLIC_OIDC_CLIENT_SECRET: 'secret',
      PUBLIC_OIDC_REDIRECT_URI: 'https://samplan.region.example.se/api/person/auth/callback',
      PUBLIC_OIDC_SCOPES: 'openid profile https://id.oidc.se/scope/naturalPersonNumber',
      PUBLIC_OIDC_ACR_VALUES:
        'BankID=http://id.elegnamnden.se/loa/1.0/loa3, Freja eID=urn:freja?level=plus ,',
      PUBLIC_OIDC_IDENTITY_CLAIM: 'https://id.oidc.se/claim/personalIdentityNumber',
    });
    expect(config).toEqual({
      issuer: new URL('https://eid.region.example.se/oidc'),
      clientId: 'samplan-mina',
      clientSecret: 'secret',
      redirectUri: 'https://samplan.region.example.se/api/person/auth/callback',
      scopes: 'openid profile https://id.oidc.se/scope/naturalPersonNumber',
      methods: [
        { key: 'bankid', label: 'BankID', acr: 'http://id.elegnamnden.se/loa/1.0/loa3' },
        { key: 'freja-eid', label: 'Freja eID', acr: 'urn:freja?level=plus' },
      ],
      identityClaim: 'https://id.oidc.se/claim/personalIdentityNumber',
    });
  });

  it('lets the broker choose under one button when no methods are listed, and defaults the rest', () => {
    expect(readEIdConfig(broker)).toMatchObject({
      clientSecret: null,
      redirectUri: null,
      scopes: 'openid profile',
      methods: [{ key: 'e-id', label: 'e-legitimation', acr: '' }],
      identityClaim: 'personal_identity_number',
    });
  });

  it.each([
    [{ PUBLIC_OIDC_ISSUER: 'https://eid.example.se' }, /\n {2}PUBLIC_OIDC_CLIENT_ID is required/],
    [
      { PUBLIC_OIDC_CLIENT_ID: 'samplan-mina' },
      /\n {2}PUBLIC_OIDC_ISSUER is required when PUBLIC_OIDC_CLIENT_ID/,
    ],
    [
      { PUBLIC_OIDC_ACR_VALUES: 'BankID=loa3' },
      /\n {2}PUBLIC_OIDC_ISSUER is required when PUBLIC_OIDC_ACR_VALUES/,
    ],
    [{ ...broker, PUBLIC_OIDC_ISSUER: 'http://eid.example.se' }, /\n {2}PUBLIC_OIDC_ISSUER must use https/],
    [{ ...broker, PUBLIC_OIDC_ISSUER: 'eid.example.se' }, /\n {2}PUBLIC_OIDC_ISSUER must be a URL/],
    [
      { ...broker, PUBLIC_OIDC_ACR_VALUES: 'BankID' },
      /\n {2}PUBLIC_OIDC_ACR_VALUES holds "BankID", which is not of the form/,
    ],
    [
      { ...broker, PUBLIC_OIDC_ACR_VALUES: '=loa3' },
      /\n {2}PUBLIC_OIDC_ACR_VALUES holds "=loa3", which is not of the form/,
    ],
    [
      { ...broker, PUBLIC_OIDC_ACR_VALUES: 'BankID=' },
      /\n {2}PUBLIC_OIDC_ACR_VALUES holds "BankID=", which is not of the form/,
    ],
    [
      { ...broker, PUBLIC_OIDC_ACR_VALUES: 'BankID=a, bankid=b' },
      /\n {2}PUBLIC_OIDC_ACR_VALUES names "bankid" more than once/,
    ],
    [
      { ...broker, PUBLIC_OIDC_REDIRECT_URI: 'https://samplan.example.se/api/auth/oidc/callback' },
      /\n {2}PUBLIC_OIDC_REDIRECT_URI must end in \/api\/person\/auth\/callback/,
    ],
    [{ ...broker, PUBLIC_OIDC_REDIRECT_URI: 'not a url' }, /\n {2}PUBLIC_OIDC_REDIRECT_URI must be a URL/],
    [{ ...broker, PUBLIC_OIDC_SCOPES: 'profile' }, /\n {2}PUBLIC_OIDC_SCOPES must include openid/],
  ])('refuses to start with %j, naming the setting', (env, message) => {
    expect(() => readEIdConfig(env)).toThrow(message);
  });

  it('allows plain http only for a broker on this machine', () => {
    for (const host of ['127.0.0.1:8080', 'localhost']) {
      expect(readEIdConfig({ ...broker, PUBLIC_OIDC_ISSUER: `http://${host}` })?.issuer.protocol).toBe(
        'http:',
      );
    }
  });

  it.each(['PERSON_SESSION_MINUTES', 'PERSON_SESSION_IDLE_MINUTES', 'PERSON_RATE_LIMIT_PER_MINUTE'])(
    'refuses a %s that is not a positive whole number',
    (name) => {
      for (const value of ['0', '-5', '1.5', 'ten']) {
        expect(() => readConfig({ [name]: value })).toThrow(`${name} must be a positive whole number`);
      }
    },
  );

  it('reads the person side limits, with their defaults', () => {
    expect(readConfig({})).toMatchObject({
      personSessionMinutes: 60,
      personSessionIdleMinutes: 15,
      personRateLimitPerMinute: 120,
    });
    expect(
      readConfig({
        PERSON_SESSION_MINUTES: '30',
        PERSON_SESSION_IDLE_MINUTES: '10',
        PERSON_RATE_LIMIT_PER_MINUTE: '60',
      }),
    ).toMatchObject({ personSessionMinutes: 30, personSessionIdleMinutes: 10, personRateLimitPerMinute: 60 });
  });
});
