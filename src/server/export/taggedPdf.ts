import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans, embedded: the standard 14 fonts (pdfkit's Helvetica) are never embedded, which PDF/A forbids, and
 * DejaVu has å, ä and ö. Resolved once, from the installed package (decision 0037).
 */
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** PDF/UA-1 cannot be pdfkit's `subset` beside PDF/A-2a, so its identification is added to the same XMP by hand. */
const pdfUaIdentification =
  '<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>';

export interface TaggedPdfInfo {
  title: string;
  subject: string;
  /** The moment the document stands for: the same facts give the same file. */
  createdAt: Date;
}

/**
 * A PDF/A-2a document, tagged for PDF/UA, in Swedish, with the title shown instead of the file name and every page
 * kept in memory so a footer can be written on each page once the count is known.
 */
export function taggedPdf(info: TaggedPdfInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    // A Swedish document is A4; pdfkit's default is US Letter.
    size: 'A4',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'sv',
    displayTitle: true,
    bufferPages: true,
    font: fonts.regular,
    info: { Title: info.title, Subject: info.subject, CreationDate: info.createdAt, ModDate: info.createdAt },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  // pdfkit sets the document's `font` again on every page it adds, so a bold heading that starts a new page would
  // come out regular. The option has done its part — the first font is DejaVu, never Helvetica — and is dropped.
  delete doc.options.font;
  return doc;
}

/**
 * Writes `footer(page, pages)` at the foot of every page as a pagination artifact (a screen reader skips it), then
 * finishes the document and gives its bytes.
 */
export function finishTaggedPdf(
  doc: PDFKit.PDFDocument,
  footer: (page: number, pages: number) => string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Inside the bottom margin, so writing it never adds a page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('regular')
      .fontSize(9)
      .text(footer(index - start + 1, count), doc.page.margins.left, doc.page.height - 50, {
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.appendXML(pdfUaIdentification);
  doc.end();
  return done;
}
