import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { stockholmClock } from '../../domain/time/stockholm.js';
import { fill } from '../../shared/words/fill.js';
import { rivtaSv } from '../../shared/words/rivta.sv.js';
import {
  carePlanDocuments,
  participatingUnitHsaIds,
  type CarePlanDocument,
} from '../data/carePlanDocuments.js';
import { planVersionsWithAuthors } from '../data/plans.js';
import { planVersionPdf } from '../export/planVersionPdf.js';
import { carePlanText } from './carePlanText.js';
import { binaryContentLimitBytes, hsaIdOid, personIdOids } from './contract.js';
import type { CarePlanSearch } from './getCarePlansRequest.js';
import type { CarePlan } from './getCarePlansResponse.js';
import type { RivtaConfig } from './rivtaConfig.js';

/** The care plans found for a search, and whether there were more than one answer carries. */
export interface FoundCarePlans {
  documents: CarePlanDocument[];
  carePlans: CarePlan[];
  more: boolean;
}

/** Finds the established plan versions a search asks for and maps each to the contract's `CarePlanType`. */
export async function findCarePlans(
  db: Kysely<DB>,
  search: CarePlanSearch,
  config: RivtaConfig,
  max: number,
): Promise<FoundCarePlans> {
  const found = await carePlanDocuments(db, search, max + 1);
  const documents = found.slice(0, max);
  const participating = await participatingUnitHsaIds(db, documents);
  const pdfs = await pdfsOf(db, documents);
  const carePlans: CarePlan[] = [];
  for (const document of documents) {
    const key = documentKey(document);
    carePlans.push(
      carePlanOf(document, {
        sourceSystemHsaId: config.sourceSystemHsaId,
        reservnummerOid: config.reservnummerOid,
        text: await carePlanText(db, document),
        pdf: pdfs.get(key) ?? null,
        participating: participating.get(key) ?? [],
      }),
    );
  }
  return { documents, carePlans, more: found.length > max };
}

const documentKey = (document: { sipId: string; version: number }) =>
  `${document.sipId}:${String(document.version)}`;

/** Each version's archivable PDF (decision 0037), when it fits the contract's limit for binary content. */
async function pdfsOf(db: Kysely<DB>, documents: readonly CarePlanDocument[]): Promise<Map<string, Buffer>> {
  const versionsBySip = new Map<string, number[]>();
  for (const { sipId, version } of documents)
    versionsBySip.set(sipId, [...(versionsBySip.get(sipId) ?? []), version]);
  const pdfs = new Map<string, Buffer>();
  for (const [sipId, versions] of versionsBySip)
    for (const row of await planVersionsWithAuthors(db, sipId, versions)) {
      // The individual's copy, as the plan is theirs; read as staff would, so a protected identity would stay
      // masked, though such a person's plans are not answered at all.
      const pdf = await planVersionPdf(db, row, { kind: 'person' }, 'staff');
      if (pdf.length <= binaryContentLimitBytes) pdfs.set(documentKey(row), pdf);
    }
  return pdfs;
}

interface Rendered {
  sourceSystemHsaId: string;
  reservnummerOid: string | null;
  text: string;
  pdf: Buffer | null;
  participating: string[];
}

/** One established version as the contract's care plan, field by field as decision 0039 maps it. */
export function carePlanOf(document: CarePlanDocument, rendered: Rendered): CarePlan {
  const established = timestamp(document.establishedAt);
  return {
    header: {
      documentId: documentKey(document),
      sourceSystemHsaId: rendered.sourceSystemHsaId,
      documentTitle: fill(rivtaSv.documentTitle, {
        version: document.version,
        caseNumber: document.caseNumber,
      }),
      documentTime: established,
      patientId: {
        id: document.idNumber,
        type:
          document.idKind === 'reservnummer'
            ? (rendered.reservnummerOid ?? '')
            : personIdOids[document.idKind],
      },
      accountableHealthcareProfessional: {
        authorTime: established,
        name: document.authorName,
        orgUnit: {
          hsaId: document.unit.hsaId,
          name: document.unit.name,
          telecom: document.unit.phone,
          email: document.unit.email,
        },
        careUnitHsaId: document.unit.hsaId,
        careGiverHsaId: document.careGiverHsaId,
      },
      // The individual approved this version's content, so it may be shown to them in 1177 Journal.
      approvedForPatient: document.approvedAt !== null,
    },
    body: {
      content: [
        { mediaType: 'text/plain', value: Buffer.from(rendered.text, 'utf8').toString('base64') },
        ...(rendered.pdf
          ? [{ mediaType: 'application/pdf' as const, value: rendered.pdf.toString('base64') }]
          : []),
      ],
      participatingCareUnitHsaIds: rendered.participating.map((extension) => ({ root: hsaIdOid, extension })),
      typeOfCarePlan: 'SIP',
    },
  };
}

/** The contract's TimeStampType: YYYYMMDDhhmmss in Swedish local time, as it has no zone. */
export function timestamp(instant: Date): string {
  const at = stockholmClock(instant);
  return `${at.year}${at.month}${at.day}${at.hour}${at.minute}${at.second}`;
}
