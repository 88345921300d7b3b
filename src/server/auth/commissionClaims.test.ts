import { describe, expect, it } from 'vitest';
import { commissionsFromClaim } from './commissionClaims.js';
import { readConfig } from '../config.js';

const noMap = new Map();

/** The role map single sign-on is configured with by OIDC_ROLE_MAP. */
function roleMapOf(text: string) {
  return readConfig({ OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'samplan', OIDC_ROLE_MAP: text })
    .oidc!.roleMap;
}

describe('commissions from the identity provider', () => {
  it('reads a bare HSA id as a commission as staff', () => {
    expect(commissionsFromClaim('SE2321000016-15CQ', noMap)).toEqual({
      commissions: [{ unitHsaId: 'SE2321000016-15CQ', role: 'staff' }],
      ignored: 0,
    });
  });

  it('reads objects with a Samplan role or a mapped one, under any of the unit keys', () => {
    const roleMap = roleMapOf('Verksamhetschef=unit_manager');
    const reading = commissionsFromClaim(
      [
        { unit: 'A', role: 'Verksamhetschef' },
        { hsaId: 'B', role: 'organisation_admin' },
        { unitHsaId: 'C' },
      ],
      roleMap,
    );
    expect(reading.commissions).toEqual([
      { unitHsaId: 'A', role: 'unit_manager' },
      { unitHsaId: 'B', role: 'organisation_admin' },
      { unitHsaId: 'C', role: 'staff' },
    ]);
    expect(reading.ignored).toBe(0);
  });

  it('ignores what it cannot read, and an unknown role is never taken for another', () => {
    const reading = commissionsFromClaim(
      [{ unit: 'A', role: 'Chef' }, 42, null, { role: 'staff' }, '', ['B'], { unit: 7 }, 'D'],
      noMap,
    );
    expect(reading.commissions).toEqual([{ unitHsaId: 'D', role: 'staff' }]);
    expect(reading.ignored).toBe(7);
  });

  it('keeps the commission with more rights when a unit is named twice', () => {
    const reading = commissionsFromClaim(
      [
        { unit: 'A', role: 'unit_manager' },
        { unit: 'A', role: 'staff' },
      ],
      noMap,
    );
    expect(reading.commissions).toEqual([{ unitHsaId: 'A', role: 'unit_manager' }]);
  });

  it('gives nothing for a missing claim', () => {
    expect(commissionsFromClaim(undefined, noMap)).toEqual({ commissions: [], ignored: 0 });
  });
});

describe('single sign-on settings', () => {
  it('are off without an issuer', () => {
    expect(readConfig({}).oidc).toBeNull();
  });

  it('need a client id, https (or loopback http) and the openid scope', () => {
    expect(() => readConfig({ OIDC_ISSUER: 'https://idp.example.se' }).oidc).toThrow(/OIDC_CLIENT_ID/);
    expect(() => readConfig({ OIDC_ISSUER: 'http://idp.example.se', OIDC_CLIENT_ID: 'x' }).oidc).toThrow(
      /https/,
    );
    expect(() => readConfig({ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'x' }).oidc).toThrow(/URL/);
    expect(
      () =>
        readConfig({ OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'x', OIDC_SCOPES: 'profile' })
          .oidc,
    ).toThrow(/openid/);
    expect(readConfig({ OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'x' }).oidc?.issuer.href).toBe(
      'http://127.0.0.1:4000/',
    );
  });

  it('refuse a role map naming a role Samplan does not have', () => {
    expect(() => roleMapOf('Chef=boss')).toThrow(/OIDC_ROLE_MAP names "boss", which is not a Samplan role/);
    expect(() => roleMapOf('Chef')).toThrow(
      /OIDC_ROLE_MAP holds "Chef", which is not of the form providerRole=samplanRole/,
    );
    expect([...roleMapOf(' Chef = unit_manager , Admin=system_admin ')]).toEqual([
      ['Chef', 'unit_manager'],
      ['Admin', 'system_admin'],
    ]);
  });
});
