import { namespaces } from './contract.js';
import type { XmlObject } from './soapEnvelope.js';

/** One care plan of the answer (`CarePlanType`), field by field as decision 0039 maps it. */
export interface CarePlan {
  header: {
    documentId: string;
    sourceSystemHsaId: string;
    documentTitle: string;
    /** YYYYMMDDhhmmss, Swedish local time. */
    documentTime: string;
    patientId: { id: string; type: string };
    accountableHealthcareProfessional: {
      authorTime: string;
      name: string;
      orgUnit: { hsaId: string; name: string; telecom: string; email: string };
      careUnitHsaId: string;
      careGiverHsaId: string | null;
    };
    approvedForPatient: boolean;
  };
  body: {
    /** Each with its value in base64, never by reference (decision 0039). */
    content: { mediaType: 'text/plain' | 'application/pdf'; value: string }[];
    participatingCareUnitHsaIds: { root: string; extension: string }[];
    typeOfCarePlan: 'SIP';
  };
}

/** The answer's `ResultType`: `errorCode` only with ERROR. */
export type Result =
  | { resultCode: 'OK' | 'INFO'; logId: string; message?: string }
  | { resultCode: 'ERROR'; errorCode: 'INVALID_REQUEST'; logId: string; message: string };

/** Elements of the core namespace carry its prefix; the responder's are in the answer element's default one. */
const core = (name: string) => `core:${name}`;

const optional = (name: string, value: string | null | undefined): XmlObject =>
  value ? { [core(name)]: value } : {};

function carePlanElement({ header, body }: CarePlan): XmlObject {
  const professional = header.accountableHealthcareProfessional;
  return {
    [core('carePlanHeader')]: {
      [core('documentId')]: header.documentId,
      [core('sourceSystemHSAId')]: header.sourceSystemHsaId,
      [core('documentTitle')]: header.documentTitle,
      [core('documentTime')]: header.documentTime,
      [core('patientId')]: { [core('id')]: header.patientId.id, [core('type')]: header.patientId.type },
      [core('accountableHealthcareProfessional')]: {
        [core('authorTime')]: professional.authorTime,
        ...optional('healthcareProfessionalName', professional.name),
        [core('healthcareProfessionalOrgUnit')]: {
          ...optional('orgUnitHSAId', professional.orgUnit.hsaId),
          ...optional('orgUnitName', professional.orgUnit.name),
          ...optional('orgUnitTelecom', professional.orgUnit.telecom),
          ...optional('orgUnitEmail', professional.orgUnit.email),
        },
        [core('healthcareProfessionalCareUnitHSAId')]: professional.careUnitHsaId,
        ...optional('healthcareProfessionalCareGiverHSAId', professional.careGiverHsaId),
      },
      [core('approvedForPatient')]: String(header.approvedForPatient),
    },
    [core('carePlanBody')]: {
      [core('content')]: body.content.map((content) => ({
        [core('mediaType')]: content.mediaType,
        [core('value')]: content.value,
      })),
      [core('participatingCareUnitHSAId')]: body.participatingCareUnitHsaIds.map((id) => ({
        [core('root')]: id.root,
        [core('extension')]: id.extension,
      })),
      [core('typeOfCarePlanEnum')]: body.typeOfCarePlan,
    },
  };
}

function resultElement(result: Result): XmlObject {
  return {
    [core('resultCode')]: result.resultCode,
    ...(result.resultCode === 'ERROR' ? { [core('errorCode')]: result.errorCode } : {}),
    [core('logId')]: result.logId,
    ...optional('message', result.message),
  };
}

/** The body of the answer (`GetCarePlansResponse`): the care plans, then the result. */
export function getCarePlansResponse(carePlans: readonly CarePlan[], result: Result): XmlObject {
  return {
    GetCarePlansResponse: {
      '@_xmlns': namespaces.responder,
      '@_xmlns:core': namespaces.core,
      carePlan: carePlans.map(carePlanElement),
      result: resultElement(result),
    },
  };
}
