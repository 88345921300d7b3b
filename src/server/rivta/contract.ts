/**
 * The names GetCarePlans 2 is spoken in (RIV-TA BP 2.1, clinicalprocess:logistics:logistics 3.0; the XSDs are in
 * test/fixtures/rivta/, decision 0039).
 */
export const namespaces = {
  soapEnvelope: 'http://schemas.xmlsoap.org/soap/envelope/',
  registry: 'urn:riv:itintegration:registry:1',
  responder: 'urn:riv:clinicalprocess:logistics:logistics:GetCarePlansResponder:2',
  core: 'urn:riv:clinicalprocess:logistics:logistics:3',
} as const;

/** The address the producer answers at, outside the JSON API. */
export const getCarePlansPath = '/rivta/GetCarePlans/2';

/** The identity numbers' OIDs, as in every RIV-TA contract; a reservnummer's is the county's own (configured). */
export const personIdOids = {
  personnummer: '1.2.752.129.2.1.3.1',
  samordningsnummer: '1.2.752.129.2.1.3.3',
} as const;

/** The HSA catalogue's OID, the root of an HSA id given as an `IIType`. */
export const hsaIdOid = '1.2.752.129.2.1.4.1';

/** The header the national platform names the original consumer in (e.g. NPÖ's or 1177 Journal's HSA id). */
export const originalConsumerHeader = 'x-rivta-original-serviceconsumer-hsaid';

/** The TKB's limit for binary content in one answer element: a larger PDF is left out, the text stays. */
export const binaryContentLimitBytes = 100 * 1024;

/** Care plans one answer carries at most, newest first; a request for more is told so (result INFO). */
export const carePlansPerAnswerMax = 50;

/** A request is a few hundred bytes; anything near this is not a GetCarePlans request. */
export const requestBodyLimitBytes = 64 * 1024;
