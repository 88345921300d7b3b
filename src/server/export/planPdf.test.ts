import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../shared/plan.js';
import { readPdf } from '../../../test/support/pdfReading.js';
import { planPdf } from './planPdf.js';
import type { PlanPdfFacts } from './planPdfFacts.js';

const icf = 'http://hl7.org/fhir/sid/icf';
const unitId = '0190a0b0-0000-7000-8000-000000000001';

/** A version's facts as the route gathers them, for a person who is a child now. */
const facts = (content: Partial<PlanPdfFacts['content']>): PlanPdfFacts => ({
  caseNumber: 'SIP-2026-00042',
  version: 3,
  establishedAt: new Date('2026-11-02T09:30:00Z'),
  establishedBy: { name: 'Maria Nilsson', unitName: 'Socialtjänsten' },
  approval: null,
  template: null,
  copyFor: 'Exemplar för den enskilde',
  person: {
    name: 'Ebba Ek',
    idKind: 'personnummer',
    idNumber: '20150101-1234',
    protectedIdentity: false,
    child: true,
  },
  convenerUnitId: unitId,
  overallResponsibility: undefined,
  meeting: null,
  units: new Map([
    [
      unitId,
      {
        unitId,
        unitName: 'Socialtjänsten',
        organisationId: unitId,
        organisationName: 'Kommunen',
        organisationKind: 'municipality',
      },
    ],
  ]),
  content: { ...emptyPlan(), ...content },
});

describe('the plan as a PDF', () => {
  it('prints the codes after the free text they classify, code and display', async () => {
    const pdf = await readPdf(
      await planPdf(
        facts({
          needs: 'Behöver stöd att ta sig till skolan.',
          needsCodes: [
            { system: icf, code: 'd450', display: 'Gå' },
            { system: icf, code: 'd820', display: 'Skolutbildning' },
          ],
          goals: [
            {
              key: 'g1',
              kind: 'individual',
              text: 'Gå till skolan själv.',
              codes: [{ system: icf, code: 'd450', display: 'Gå' }],
            },
          ],
          efforts: [
            {
              key: 'e1',
              description: 'Skolskjuts.',
              responsibleUnitId: unitId,
              contactPerson: 'Lena',
              startDate: null,
              endDate: null,
              goalKeys: ['g1'],
              codes: [{ system: icf, code: 'd470', display: 'Använda transportmedel' }],
            },
          ],
        }),
      ),
    );
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Behöver stöd att ta sig till skolan. Koder: d450 Gå; d820 Skolutbildning');
    expect(text).toContain('Gå till skolan själv. Kod: d450 Gå');
    expect(text).toMatch(/Skolskjuts\. ?Kod: d470 Använda transportmedel/);
    // A child's plan has a part for the child's view, even unwritten; the title never the person.
    expect(text).toContain('Barnets perspektiv');
    expect(pdf.info.Title).toBe('Samordnad individuell plan SIP-2026-00042, version 3');
  });

  it('prints no code line where nothing is coded', async () => {
    const pdf = await readPdf(await planPdf(facts({ needs: 'Stöd i vardagen.' })));
    expect(pdf.text).not.toMatch(/Kod(er)?:/);
  });
});
