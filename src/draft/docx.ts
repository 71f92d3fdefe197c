// The DOCX renderer, with the `docx` package: the user edits and signs in Word or LibreOffice.
// A placeholder is bold and highlighted yellow. Built as its own bundle (dist/docx.js, see
// scripts/build.mjs) and loaded on first use (load-docx.ts): the extension's activation bundle
// stays small.
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, DraftDocument, Text } from './model';
import { paragraphs, placeholder } from './model';
import { textFor } from './text-en';

function runs(t: Text, bold = false): TextRun[] {
  const out: TextRun[] = [];
  for (const r of t) {
    if (typeof r !== 'string') {
      out.push(new TextRun({ text: placeholder(r.missing), bold: true, highlight: 'yellow' }));
      continue;
    }
    out.push(new TextRun({ text: r, bold }));
  }
  return out;
}

const cell = (t: Text, bold = false) => new TableCell({ children: [new Paragraph({ children: paragraphs(t).flatMap((x, i) => [...(i ? [new TextRun({ text: ' ' })] : []), ...runs(x, bold)]) })] });

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      // A heading stays on the page of what it heads.
      return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(b.text), keepNext: true })];
    case 'paragraph':
      // A blank line in the text starts a new paragraph; a single line break joins (paragraphs()).
      // A paragraph that ends with a colon introduces what follows it: they stay together.
      return paragraphs(b.text).map((t) => new Paragraph({ children: runs(t), alignment: AlignmentType.LEFT, spacing: { after: 120 }, keepNext: typeof t[t.length - 1] === 'string' && (t[t.length - 1] as string).trimEnd().endsWith(':') }));
    case 'fields':
      // A block of fields (the header, the signature block) stays together on one page.
      return b.rows.map((r, i) => new Paragraph({ children: [new TextRun({ text: `${r.label}: `, bold: true }), ...paragraphs(r.value).flatMap((t, j) => [...(j ? [new TextRun({ text: ' ' })] : []), ...runs(t)])], spacing: { after: 60 }, keepNext: i < b.rows.length - 1 }));
    case 'list':
      // A form's tick boxes stand on their own, indented like the bullets they replace.
      return b.items.map((i) => new Paragraph({ children: runs(i), ...(b.boxes ? { indent: { left: 360 }, spacing: { after: 40 } } : { bullet: { level: 0 } }) }));
    case 'table':
      return [new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: b.header.map((h) => cell([h], true)) }), ...b.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
      }), new Paragraph({ children: [] })];
  }
}

/** The document as a .docx file's bytes. */
export async function renderDocx(doc: DraftDocument): Promise<Uint8Array> {
  const small = { size: 18 };
  const { pageOf } = textFor(doc.language).common;
  const d = new Document({
    creator: 'which-channel',
    title: doc.reference,
    // The note to the person signing lives in the properties, not on the page.
    subject: doc.note,
    description: `${doc.note}${doc.missing.length ? ` Missing: ${doc.missing.join('; ')}.` : ''}`,
    sections: [{
      // The reference on every page, and "page X of Y" at the foot.
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.reference, ...small })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [pageOf[0], PageNumber.CURRENT, pageOf[1], PageNumber.TOTAL_PAGES], ...small })] })] }) },
      children: doc.blocks.flatMap(block),
    }],
  });
  return Packer.toBuffer(d);
}
