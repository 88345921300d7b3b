import { describe, expect, it } from 'vitest';
import { fhirProblems } from '../../support/fhirValidator.js';

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  identifier: [{ use: 'official', system: 'urn:oid:1.2.752.129.2.1.3.1', value: '191212121212' }],
  gender: 'female',
};

const carePlan = {
  resourceType: 'CarePlan',
  id: 'c1',
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/p1' },
  contained: [{ resourceType: 'Condition', id: 'needs', subject: { reference: 'Patient/p1' } }],
  addresses: [{ reference: '#needs' }],
};

/** The helper every FHIR answer of the API tests goes through: it must catch what it claims to catch. */
describe('the FHIR validator of the tests', () => {
  it('passes valid resources and Bundles of them', () => {
    expect(fhirProblems(patient)).toEqual([]);
    expect(fhirProblems(carePlan)).toEqual([]);
    expect(
      fhirProblems({ resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ resource: patient }] }),
    ).toEqual([]);
  });

  it("reports what Medplum's validator reports: a missing required element, an unknown one", () => {
    expect(fhirProblems({ ...carePlan, subject: undefined }).join()).toMatch(/subject/);
    expect(fhirProblems({ ...patient, nickname: 'x' }).join()).toMatch(/nickname/);
  });

  it('reports a code outside a required binding, also inside a Bundle entry and a datatype', () => {
    expect(fhirProblems({ ...carePlan, status: 'established' }).join()).toMatch(/CarePlan.status/);
    expect(
      fhirProblems({
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: { ...patient, gender: 'f' } }],
      }).join(),
    ).toMatch(/gender/);
    expect(fhirProblems({ ...patient, identifier: [{ use: 'formal', value: '1' }] }).join()).toMatch(
      /identifier\[0\]\.use/,
    );
  });

  it('reports an id longer than 64 characters and a contained resource nobody references', () => {
    expect(fhirProblems({ ...patient, id: 'a'.repeat(65) }).join()).toMatch(/does not fit/);
    expect(fhirProblems({ ...carePlan, addresses: undefined }).join()).toMatch(/dom-3/);
  });
});
