import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { personIdOids } from '../../../src/server/rivta/contract.js';

/** Samplan's logical address and source system in these tests. */
export const sourceSystemHsaId = 'SE2321000099-SAMPLAN';
export const platformSubject = 'CN=tp.test.ntjp.se,O=Inera AB,C=SE';
export const subjectHeader = 'x-client-cert-subject';

export interface RequestParts {
  logicalAddress?: string | null;
  patientId?: { id: string; type: string } | null;
  careUnitHsaIds?: string[];
  datePeriod?: { start: string; end: string };
  sourceSystemHsaId?: string;
  careContactIds?: string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A GetCarePlans request as the platform sends one, by default for the given personnummer. */
export function getCarePlansRequest(idNumber: string, parts: RequestParts = {}): string {
  const logicalAddress = parts.logicalAddress === undefined ? sourceSystemHsaId : parts.logicalAddress;
  const patientId =
    parts.patientId === undefined ? { id: idNumber, type: personIdOids.personnummer } : parts.patientId;
  const each = (name: string, values: string[] | undefined) =>
    (values ?? []).map((value) => `<urn:${name}>${escape(value)}</urn:${name}>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:urn="urn:riv:clinicalprocess:logistics:logistics:GetCarePlansResponder:2"
    xmlns:urn1="urn:riv:clinicalprocess:logistics:logistics:3" xmlns:itr="urn:riv:itintegration:registry:1">
  <soapenv:Header>${logicalAddress === null ? '' : `<itr:LogicalAddress>${escape(logicalAddress)}</itr:LogicalAddress>`}</soapenv:Header>
  <soapenv:Body>
    <urn:GetCarePlans>
      ${each('careUnitHSAId', parts.careUnitHsaIds)}
      ${patientId ? `<urn:patientId><urn1:id>${escape(patientId.id)}</urn1:id><urn1:type>${escape(patientId.type)}</urn1:type></urn:patientId>` : ''}
      ${parts.datePeriod ? `<urn:datePeriod><urn1:start>${parts.datePeriod.start}</urn1:start><urn1:end>${parts.datePeriod.end}</urn1:end></urn:datePeriod>` : ''}
      ${parts.sourceSystemHsaId ? `<urn:sourceSystemHSAId>${escape(parts.sourceSystemHsaId)}</urn:sourceSystemHSAId>` : ''}
      ${each('careContactId', parts.careContactIds)}
    </urn:GetCarePlans>
  </soapenv:Body>
</soapenv:Envelope>`;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Posts a SOAP 1.1 request as a proxy that checked the platform's certificate would pass it on. */
export async function postSoap(
  url: string,
  body: string,
  headers: Record<string, string> = { [subjectHeader]: platformSubject },
  contentType = 'text/xml; charset=utf-8',
): Promise<Answer> {
  const response = await fetch(`${url}/rivta/GetCarePlans/2`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      soapaction: 'urn:riv:clinicalprocess:logistics:logistics:GetCarePlansResponder:2:GetCarePlans',
      ...headers,
    },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const fixtures = new URL('../../fixtures/rivta/', import.meta.url);
const schemaFiles = [
  'interactions/GetCarePlansInteraction/GetCarePlansResponder_2.0.xsd',
  'core_components/clinicalprocess_logistics_logistics_3.0.xsd',
  'core_components/clinicalprocess_logistics_logistics_enum_3.0.xsd',
];

/** The answer checked with libxml2 against the contract's XSDs, envelope and all: the errors, none when valid. */
export async function schemaErrors(answer: string): Promise<string[]> {
  const [envelope, ...preload] = await Promise.all(
    ['soapEnvelope.xsd', ...schemaFiles].map(async (fileName) => ({
      fileName,
      contents: await readFile(new URL(fileName, fixtures), 'utf8'),
    })),
  );
  const result = await validateXML({
    xml: [{ fileName: 'answer.xml', contents: answer }],
    schema: [envelope!],
    preload,
  });
  return result.errors.map((error) => error.message);
}

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => ['carePlan', 'content', 'participatingCareUnitHSAId'].includes(name),
});

export interface ParsedCarePlan {
  carePlanHeader: {
    documentId: string;
    sourceSystemHSAId: string;
    documentTitle: string;
    documentTime: string;
    patientId: { id: string; type: string };
    accountableHealthcareProfessional: {
      authorTime: string;
      healthcareProfessionalName?: string;
      healthcareProfessionalOrgUnit: Record<string, string>;
      healthcareProfessionalCareUnitHSAId: string;
      healthcareProfessionalCareGiverHSAId?: string;
    };
    approvedForPatient: string;
  };
  carePlanBody: {
    content: { mediaType: string; value: string }[];
    participatingCareUnitHSAId?: { root: string; extension: string }[];
    typeOfCarePlanEnum: string;
  };
}

export interface ParsedAnswer {
  carePlans: ParsedCarePlan[];
  result: { resultCode: string; errorCode?: string; logId: string; message?: string };
}

/** The answer's care plans and result, without namespaces, for assertions. */
export function readAnswer(text: string): ParsedAnswer {
  const document = parser.parse(text) as {
    Envelope: {
      Body: { GetCarePlansResponse: { carePlan?: ParsedCarePlan[]; result: ParsedAnswer['result'] } };
    };
  };
  const response = document.Envelope.Body.GetCarePlansResponse;
  return { carePlans: response.carePlan ?? [], result: response.result };
}

/** A fault's code and text. */
export function readFault(text: string): { faultcode: string; faultstring: string } {
  return (parser.parse(text) as { Envelope: { Body: { Fault: { faultcode: string; faultstring: string } } } })
    .Envelope.Body.Fault;
}
