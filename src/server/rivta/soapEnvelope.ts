import { XMLBuilder } from 'fast-xml-parser';
import { namespaces } from './contract.js';
import { SoapRefusal } from './refusals.js';
import { parseXml, type XmlElement } from './xmlTree.js';

/** A SOAP 1.1 request: the logical address from its header (RIV-TA BP 2.1) and the one element in its body. */
export interface SoapRequest {
  logicalAddress: string | null;
  body: XmlElement;
}

const isSoap = (element: XmlElement, name: string) =>
  element.namespace === namespaces.soapEnvelope && element.name === name;

/** Reads a SOAP 1.1 request; refuses what is not one, with one element in its body. */
export function readSoapRequest(text: string): SoapRequest {
  const envelope = parseXml(text);
  if (!isSoap(envelope, 'Envelope')) throw new SoapRefusal('notEnvelope');
  const header = envelope.children.find((child) => isSoap(child, 'Header'));
  const body = envelope.children.find((child) => isSoap(child, 'Body'));
  if (!body || body.children.length !== 1) throw new SoapRefusal('oneBodyElement');
  const address = header?.children.find(
    (child) => child.namespace === namespaces.registry && child.name === 'LogicalAddress',
  );
  return { logicalAddress: address ? address.text : null, body: body.children[0]! };
}

/** A document for the builder: element names (with their prefix) to content, `@_`-prefixed attributes. */
export type XmlContent = string | XmlObject | XmlObject[] | string[];
export interface XmlObject {
  [name: string]: XmlContent;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Every text and attribute is escaped (&, <, >, ', "): nothing a user typed can become markup.
  processEntities: true,
  suppressEmptyNode: false,
  format: false,
});

// Characters XML 1.0 cannot carry at all, even escaped; a plan's text could hold one pasted from elsewhere.
const notXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(content: XmlContent): XmlContent {
  if (typeof content === 'string') return content.replace(notXmlCharacters, '\uFFFD');
  if (Array.isArray(content)) return content.map((item) => clean(item)) as XmlContent;
  return Object.fromEntries(Object.entries(content).map(([name, value]) => [name, clean(value)]));
}

/** The answer's envelope around one body element. */
export function soapEnvelope(body: XmlObject): string {
  const document = {
    'soap:Envelope': { '@_xmlns:soap': namespaces.soapEnvelope, 'soap:Body': clean(body) },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document)}`;
}

/**
 * A SOAP 1.1 fault: `Client` when the request was wrong, `Server` when Samplan failed. SOAP 1.1 over HTTP sends
 * every fault with status 500 (SOAP 1.1 §6.2), whichever side was at fault; the fault code says which.
 */
export function soapFault(code: 'Client' | 'Server', message: string): string {
  return soapEnvelope({ 'soap:Fault': { faultcode: `soap:${code}`, faultstring: message } });
}
