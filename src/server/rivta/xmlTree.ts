import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SoapRefusal } from './refusals.js';

/** An element with its name resolved to its namespace, its child elements and its text (trimmed). */
export interface XmlElement {
  namespace: string;
  name: string;
  children: XmlElement[];
  text: string;
}

// A GetCarePlans envelope is five levels deep; far deeper is not a request but an attempt to exhaust the stack.
const depthMax = 24;

// Values stay text as written (no number or boolean guessing); the order of elements is kept; entities are the
// XML ones and a document's own, within fast-xml-parser's expansion limits; nothing is ever fetched.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The prolog up to a document type declaration, which a SOAP message must not have (SOAP 1.1 §3). */
const doctype = /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<!DOCTYPE/i;

type Ordered = Record<string, unknown>;

/** Parses a document into its root element with namespaces resolved; refuses anything malformed. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new SoapRefusal('notXml', { detail: `${valid.err.msg}, line ${String(valid.err.line)}` });
  if (doctype.test(text)) throw new SoapRefusal('doctype');
  const nodes = parser.parse(text) as Ordered[];
  const roots = nodes.filter((node) => elementName(node) !== null);
  if (roots.length !== 1) throw new SoapRefusal('notXml', { detail: 'one root element' });
  return resolve(roots[0]!, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), 0);
}

function elementName(node: Ordered): string | null {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && !key.startsWith('?')) ?? null;
}

function resolve(node: Ordered, inScope: ReadonlyMap<string, string>, depth: number): XmlElement {
  if (depth > depthMax) throw new SoapRefusal('notXml', { detail: `nested deeper than ${String(depthMax)}` });
  const qualified = elementName(node)!;
  const scope = new Map(inScope);
  const attributes = (node[':@'] ?? {}) as Record<string, string>;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === 'xmlns') scope.set('', value);
    else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice('xmlns:'.length), value);
  }
  const colon = qualified.indexOf(':');
  const prefix = colon === -1 ? '' : qualified.slice(0, colon);
  const namespace = scope.get(prefix);
  if (namespace === undefined && prefix !== '')
    throw new SoapRefusal('notXml', { detail: `undeclared prefix ${prefix}` });
  const content = node[qualified] as Ordered[];
  return {
    namespace: namespace ?? '',
    name: qualified.slice(colon + 1),
    children: content
      .filter((child) => elementName(child) !== null)
      .map((child) => resolve(child, scope, depth + 1)),
    text: content
      .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
      .join('')
      .trim(),
  };
}
