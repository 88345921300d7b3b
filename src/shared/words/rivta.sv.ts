/**
 * What the GetCarePlans 2 producer says to the systems that call it (decision 0039): SOAP faults and the result's
 * message, and the document's title. Plans go to NPÖ and 1177 Journal in Swedish.
 */
export const rivtaSv = {
  faults: {
    notXml: 'Anropet är inte välformad XML ({{detail}}).',
    doctype: 'Ett SOAP-meddelande får inte ha någon dokumenttypsdeklaration.',
    notEnvelope: 'Anropet är inte ett SOAP 1.1-kuvert.',
    oneBodyElement: 'SOAP-kroppen ska innehålla exakt ett element.',
    notGetCarePlans: 'SOAP-kroppen ska vara GetCarePlans i namnrymden {{namespace}}.',
    tooLarge: 'Anropet är större än {{limit}} byte.',
    mediaType: 'Ett SOAP 1.1-anrop skickas som text/xml.',
    notAllowed: 'Anroparens klientcertifikat är inte godkänt för GetCarePlans.',
    failed: 'Samplan kunde inte besvara anropet. Försök igen senare; logId {{logId}}.',
  },
  invalid: {
    logicalAddress: 'Samplan svarar bara på den logiska adressen {{address}}.',
    patientId: 'patientId ska ha id och type.',
    idNumber: 'patientId.id ska vara tolv siffror utan bindestreck för personnummer och samordningsnummer.',
    datePeriod: 'datePeriod ska ha start och end på formen ÅÅÅÅMMDD.',
    periodReversed: 'datePeriod slutar före den börjar.',
  },
  moreThanSent:
    'Personen har fler än {{max}} planversioner; de {{max}} senaste skickas. Ange datePeriod för äldre.',
  documentTitle: 'Samordnad individuell plan (SIP), version {{version}}, ärende {{caseNumber}}',
};
