import { describe, expect, it } from 'vitest';
import { commissionsFromClaim } from './commissionClaims.js';
import { parseRoleMap, readOidcConfig } from './oidcConfig.js';

const noMap = new Map();

describe('commissions from the identity provider', () => {
  it('reads a bare HSA id as a commission as staff', () => {
    expect(commissionsFromClaim('SE2321000016-15CQ', noMap)).toEqual({
      commissions: [{ unitHsaId: 'SE2321000016-15CQ', role: 'staff' }],
      ignored: 0,
    });
  });

  it('reads objects with a Samplan role or a mapped one, under any of the unit keys', () => {
    const roleMap = parseRoleMap('Verksamhetschef=unit_manager');
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
    expect(readOidcConfig({})).toBeNull();
  });

  it('need a client id, https (or loopback http) and the openid scope', () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: 'https://idp.example.se' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => readOidcConfig({ OIDC_ISSUER: 'http://idp.example.se', OIDC_CLIENT_ID: 'x' })).toThrow(
      /https/,
    );
    expect(() => readOidcConfig({ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'x' })).toThrow(/URL/);
    expect(() =>
      readOidcConfig({ OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'x', OIDC_SCOPES: 'profile' }),
    ).toThrow(/openid/);
    expect(readOidcConfig({ OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'x' })?.issuer.href).toBe(
      'http://127.0.0.1:4000/',
    );
  });

  it('refuse a role map naming a role Samplan does not have', () => {
    expect(() => parseRoleMap('Chef=boss')).toThrow(/not a Samplan role/);
    expect(() => parseRoleMap('Chef')).toThrow(/providerRole=samplanRole/);
    expect([...parseRoleMap(' Chef = unit_manager , Admin=system_admin ')]).toEqual([
      ['Chef', 'unit_manager'],
      ['Admin', 'system_admin'],
    ]);
  });
});
