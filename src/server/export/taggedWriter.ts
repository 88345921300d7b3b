/**
 * Writing a tagged PDF in reading order (decision 0037): every piece of text is inside a structure element, so a
 * screen reader follows headings, paragraphs, lists and tables as the eye does. Headings are `H1` for the document,
 * `H2` for its parts and `H3` within a part, never skipping a level.
 */

type Element = PDFKit.PDFStructureElement;
type Level = 'H1' | 'H2' | 'H3';

/** One entry of a list or a cell: the text as written, and a smaller line after it (a goal's codes, say). */
export interface Written {
  text: string;
  note?: string;
}

/** A table cell of pdfkit's that its types do not know: a header cell's scope, written as the `Scope` attribute. */
type HeaderCell = PDFKit.Mixins.CellOptions & { scope: 'Column' };
type TaggedTable = PDFKit.Mixins.TableOptionsWithData & { structParent: Element };

const size = { H1: 18, H2: 14, H3: 11, text: 10, table: 9, note: 8 };
/** Room a list's number takes before the item's text. */
const labelWidth = 18;

export function taggedWriter(doc: PDFKit.PDFDocument) {
  const left = () => doc.page.margins.left;
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const heading = (parent: Element, level: Level, text: string) => {
    doc.moveDown(level === 'H3' ? 0.5 : 1);
    // A heading never stands alone at the foot of a page: it goes with the first lines of what it heads.
    if (doc.y + size[level] * 1.5 + 2 * doc.currentLineHeight(true) > bottom()) doc.addPage();
    parent.add(doc.struct(level, {}, () => doc.font('bold').fontSize(size[level]).text(text, left())));
    doc.font('regular').fontSize(size.text);
  };

  /** The smaller line after a text, in the same structure element as the text it belongs to. */
  const note = (text: string | undefined, x: number, noteWidth: number) => {
    if (!text) return;
    doc.fontSize(size.note).text(text, x, doc.y, { width: noteWidth });
    doc.fontSize(size.text);
  };

  const paragraph = (parent: Element, written: Written | string) => {
    const { text, note: after } = typeof written === 'string' ? { text: written } : written;
    parent.add(
      doc.struct('P', {}, () => {
        doc.text(text, left(), doc.y, { width: width() });
        note(after, left(), width());
      }),
    );
  };

  return {
    heading,
    paragraph,

    /** A part of the document: a `Sect` with its heading; the caller ends it when its content is written. */
    section(title: string, level: 'H1' | 'H2' = 'H2'): Element {
      const element = doc.struct('Sect');
      doc.addStructure(element);
      heading(element, level, title);
      return element;
    },

    /**
     * A numbered list as `L`, each item an `LI` with its number as `Lbl` and its text as `LBody` — written by hand
     * rather than with pdfkit's `list`, which cannot set an item's note in smaller type.
     */
    list(parent: Element, items: Written[], empty: string) {
      if (items.length === 0) return paragraph(parent, empty);
      const list = doc.struct('L');
      parent.add(list);
      items.forEach((item, index) => {
        // A number never stands alone at the foot of a page, away from its text.
        if (doc.y + 2 * doc.currentLineHeight(true) > bottom()) doc.addPage();
        const top = doc.y;
        const entry = doc.struct('LI');
        list.add(entry);
        entry.add(
          doc.struct('Lbl', {}, () =>
            doc.text(`${index + 1}.`, left(), top, { width: labelWidth, lineBreak: false }),
          ),
        );
        entry.add(
          doc.struct('LBody', {}, () => {
            doc.text(item.text, left() + labelWidth, top, { width: width() - labelWidth });
            note(item.note, left() + labelWidth, width() - labelWidth);
          }),
        );
        entry.end();
      });
      list.end();
      doc.x = left();
    },

    /**
     * A table whose first row is its column headings (`TH` with `Scope` Column), every other cell a `TD`. `widths`
     * gives each column's width in points, `'*'` for a share of what is left: the plan's own text gets the room, so
     * a long Swedish word is not broken inside a narrow column.
     */
    table(parent: Element, headings: string[], rows: string[][], widths: (number | '*')[]) {
      const headerCell = (text: string): HeaderCell => ({
        text,
        type: 'TH',
        scope: 'Column',
        font: { src: 'bold' },
      });
      const table: TaggedTable = {
        structParent: parent,
        columnStyles: widths,
        data: [headings.map(headerCell), ...rows],
      };
      doc.moveDown(0.5);
      doc.x = left();
      doc.fontSize(size.table).table(table);
      doc.fontSize(size.text).moveDown(0.5);
    },
  };
}

export type TaggedWriter = ReturnType<typeof taggedWriter>;
