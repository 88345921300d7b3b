import type { rivtaSv } from './rivta.sv.js';

/** The producer's faults and messages in English, said beside the Swedish (the document stays Swedish). */
export const rivtaEn: Omit<typeof rivtaSv, 'documentTitle'> = {
  faults: {
    notXml: 'The request is not well-formed XML ({{detail}}).',
    doctype: 'A SOAP message must not have a document type declaration.',
    notEnvelope: 'The request is not a SOAP 1.1 envelope.',
    oneBodyElement: 'The SOAP body must hold exactly one element.',
    notGetCarePlans: 'The SOAP body must be GetCarePlans in the namespace {{namespace}}.',
    tooLarge: 'The request is larger than {{limit}} bytes.',
    mediaType: 'A SOAP 1.1 request is sent as text/xml.',
    notAllowed: "The caller's client certificate is not allowed to call GetCarePlans.",
    failed: 'Samplan could not answer the request. Try again later; logId {{logId}}.',
  },
  invalid: {
    logicalAddress: 'Samplan answers only at the logical address {{address}}.',
    patientId: 'patientId must have an id and a type.',
    idNumber: 'patientId.id must be twelve digits without a dash for personnummer and samordningsnummer.',
    datePeriod: 'datePeriod must have a start and an end as YYYYMMDD.',
    periodReversed: 'datePeriod ends before it starts.',
  },
  moreThanSent:
    'The person has more than {{max}} plan versions; the {{max}} newest are sent. Give a datePeriod for older ones.',
};
