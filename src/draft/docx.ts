// The DOCX renderer, with the `docx` package: the user edits and signs in Word or LibreOffice.
// A placeholder is bold and highlighted yellow. Built as its own bundle (dist/docx.js, see
// scripts/build.mjs) and loaded on first use (load-docx.ts): the extension's activation bundle
// stays small.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, DraftDocument, Text } from './model';
import { placeholder } from './model';

function runs(t: Text, bold = false): TextRun[] {
  const out: TextRun[] = [];
  for (const r of t) {
    if (typeof r !== 'string') {
      out.push(new TextRun({ text: placeholder(r.missing), bold: true, highlight: 'yellow' }));
      continue;
    }
    // Line breaks inside a value (facts in a block scalar) become breaks in the run.
    r.split('\n').forEach((line, i) => out.push(new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined })));
  }
  return out;
}

const cell = (t: Text, bold = false) => new TableCell({ children: [new Paragraph({ children: runs(t, bold) })] });

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text), alignment: AlignmentType.LEFT })];
    case 'fields':
      return b.rows.map((r) => new Paragraph({ children: [new TextRun({ text: `${r.label}: `, bold: true }), ...runs(r.value)] }));
    case 'list':
      return b.items.map((i) => new Paragraph({ children: runs(i), bullet: { level: 0 } }));
    case 'table':
      return [new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: b.header.map((h) => cell([h], true)) }), ...b.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
      }), new Paragraph({ children: [] })];
  }
}

/** The document as a .docx file's bytes. */
export async function renderDocx(doc: DraftDocument): Promise<Uint8Array> {
  const d = new Document({
    creator: 'which-channel',
    title: doc.name,
    description: doc.missing.length ? `Missing: ${doc.missing.join('; ')}` : 'Complete',
    sections: [{ children: doc.blocks.flatMap(block) }],
  });
  return Packer.toBuffer(d);
}
