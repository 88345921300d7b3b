import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Every role in a page's structure tree, depth first: the order a screen reader meets them. */
const rolesOf = (node: StructNode | null): string[] =>
  node ? [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(rolesOf)] : [];

/** What a reader gets from a PDF: its metadata, its structure roles in order, and each page's text. */
export async function readPdf(bytes: Uint8Array) {
  // pdf.js takes a plain Uint8Array of its own (it refuses a Buffer and detaches what it is given).
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await loading.promise;
  try {
    const { info, metadata } = (await pdf.getMetadata()) as {
      info: Record<string, unknown>;
      metadata: { get(name: string): string | null };
    };
    // pdf.js 6 answers a Map here, though its types declare a plain object.
    const markInfo = (await pdf.getMarkInfo()) as unknown as Map<string, boolean>;
    const roles: string[] = [];
    const pageTexts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      roles.push(...rolesOf((await page.getStructTree()) as StructNode | null));
      const { items } = await page.getTextContent();
      pageTexts.push(items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return {
      info,
      xmp: (name: string) => metadata.get(name),
      marked: markInfo.get('Marked'),
      roles,
      pageTexts,
      text: pageTexts.join('\n'),
    };
  } finally {
    await loading.destroy();
  }
}
