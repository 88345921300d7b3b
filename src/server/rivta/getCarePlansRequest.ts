import type { IdKind } from '../../domain/identity/idNumber.js';
import { namespaces, personIdOids } from './contract.js';
import { InvalidRequest, SoapRefusal } from './refusals.js';
import type { RivtaConfig } from './rivtaConfig.js';
import type { SoapRequest } from './soapEnvelope.js';
import type { XmlElement } from './xmlTree.js';

/** A GetCarePlans request (`GetCarePlansType`), as read. */
export interface GetCarePlansRequest {
  logicalAddress: string | null;
  careUnitHsaIds: string[];
  patientId: { id: string; type: string };
  /** Both days included, as YYYY-MM-DD. */
  datePeriod: { start: string; end: string } | null;
  sourceSystemHsaId: string | null;
  careContactIds: string[];
}

/** Whose plans to look for, and which: or `null`, a request that is answered with no plans at all. */
export interface CarePlanSearch {
  idKind: IdKind;
  idNumber: string;
  /** Keep only plans kept by one of these units (their HSA ids); empty keeps all. */
  careUnitHsaIds: string[];
  datePeriod: { start: string; end: string } | null;
}

const inResponder = (element: XmlElement, name: string) =>
  element.namespace === namespaces.responder && element.name === name;
const inCore = (element: XmlElement, name: string) =>
  element.namespace === namespaces.core && element.name === name;

/** Reads the body of a SOAP request as GetCarePlans; refuses another element with a fault. */
export function readGetCarePlans(request: SoapRequest): GetCarePlansRequest {
  const { body } = request;
  if (!inResponder(body, 'GetCarePlans'))
    throw new SoapRefusal('notGetCarePlans', { namespace: namespaces.responder });
  const all = (name: string) => body.children.filter((child) => inResponder(child, name));
  const textOf = (parent: XmlElement | undefined, name: string) =>
    parent?.children.find((child) => inCore(child, name))?.text ?? '';
  const patient = all('patientId')[0];
  const patientId = { id: textOf(patient, 'id'), type: textOf(patient, 'type') };
  if (all('patientId').length !== 1 || patientId.id === '' || patientId.type === '')
    throw new InvalidRequest('patientId');
  const period = all('datePeriod')[0];
  return {
    logicalAddress: request.logicalAddress,
    careUnitHsaIds: all('careUnitHSAId').map((element) => element.text),
    patientId,
    datePeriod: period ? datePeriodOf(textOf(period, 'start'), textOf(period, 'end')) : null,
    sourceSystemHsaId: all('sourceSystemHSAId')[0]?.text ?? null,
    careContactIds: all('careContactId').map((element) => element.text),
  };
}

function datePeriodOf(start: string, end: string): { start: string; end: string } {
  const period = { start: isoDay(start), end: isoDay(end) };
  if (period.start > period.end) throw new InvalidRequest('periodReversed');
  return period;
}

/** YYYYMMDD (the contract's DateType) as YYYY-MM-DD, if it is a day of the calendar. */
function isoDay(text: string): string {
  const match = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(text);
  if (!match) throw new InvalidRequest('datePeriod');
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day))
    throw new InvalidRequest('datePeriod');
  return `${year}-${month}-${day}`;
}

/**
 * What the request asks of Samplan, per decision 0039: only its own logical address is answered; another source
 * system, care contacts (Samplan has none) or an identity type it does not know match nothing; a reservnummer is
 * only the county's own, and only when the request names Samplan as its source system.
 */
export function carePlanSearch(request: GetCarePlansRequest, config: RivtaConfig): CarePlanSearch | null {
  if (request.logicalAddress !== config.sourceSystemHsaId)
    throw new InvalidRequest('logicalAddress', { address: config.sourceSystemHsaId });
  if (request.sourceSystemHsaId !== null && request.sourceSystemHsaId !== config.sourceSystemHsaId)
    return null;
  if (request.careContactIds.length > 0) return null;
  const idKind = idKindOf(request.patientId.type, config);
  if (idKind === null) return null;
  if (idKind === 'reservnummer' && request.sourceSystemHsaId === null) return null;
  const idNumber = idKind === 'reservnummer' ? request.patientId.id.toUpperCase() : request.patientId.id;
  if (idKind !== 'reservnummer' && !/^\d{12}$/.test(idNumber)) throw new InvalidRequest('idNumber');
  return { idKind, idNumber, careUnitHsaIds: request.careUnitHsaIds, datePeriod: request.datePeriod };
}

function idKindOf(type: string, config: RivtaConfig): IdKind | null {
  if (type === personIdOids.personnummer) return 'personnummer';
  if (type === personIdOids.samordningsnummer) return 'samordningsnummer';
  if (config.reservnummerOid !== null && type === config.reservnummerOid) return 'reservnummer';
  return null;
}
