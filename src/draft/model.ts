// The document model every draft is built as: plain data (headings, paragraphs, labelled fields,
// tables, lists), with a missing element as a placeholder run. The Markdown and DOCX renderers
// read only this, so the two outputs cannot disagree.

/** A run of text, or a placeholder for a missing element (rendered `[missing: label]`). */
export type Inline = string | { missing: string };
export type Text = Inline[];

export type Block =
  | { type: 'heading'; level: 1 | 2; text: Text }
  | { type: 'paragraph'; text: Text }
  | { type: 'fields'; rows: { label: string; value: Text }[] }
  | { type: 'table'; header: string[]; rows: Text[][] }
  /** `boxes`: each item starts with its tick box (a form's choices): no bullet on paper. */
  | { type: 'list'; items: Text[]; boxes?: true };

export interface DraftDocument {
  /** `<case id>-<request id>`: the file name without extension. */
  name: string;
  /** The request's id. */
  requestId: string;
  /** A covering letter for the request's own document: the name of that document (`<name>-covering` is this one's). */
  covers?: string;
  /** Which template built it (preservation, portal, mla, cloud_act, eu_order (the EPOC), epoc_pr, eio, interpol, emergency, covering, follow-up). */
  kind: string;
  language: string;
  /** The reference every page carries (the DOCX header). */
  reference: string;
  /** What the person signing must know about the draft: in the DOCX properties and the message, never on the page. */
  note: string;
  blocks: Block[];
  /** The placeholders of the document, in order, each once. */
  missing: string[];
}

export const placeholder = (label: string) => `[missing: ${label}]`;

/** The placeholders of a list of blocks, in order, each once. */
export function placeholders(blocks: readonly Block[]): string[] {
  const out = new Set<string>();
  const scan = (t: Text) => t.forEach((r) => typeof r !== 'string' && out.add(r.missing));
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') scan(b.text);
    else if (b.type === 'fields') b.rows.forEach((r) => scan(r.value));
    else if (b.type === 'table') b.rows.forEach((row) => row.forEach(scan));
    else b.items.forEach(scan);
  }
  return [...out];
}

/**
 * A text as paragraphs: a blank line separates paragraphs, and a single line break inside one (a
 * block scalar's lines) joins with a space, so a sentence never breaks mid-way on paper.
 */
export function paragraphs(t: Text): Text[] {
  const out: Text[] = [[]];
  t.forEach((r, n) => {
    if (typeof r !== 'string') {
      out[out.length - 1].push(r);
      return;
    }
    // Line breaks at the ends of the text (a block scalar's last one) are no paragraph.
    let text = r.replace(/[ \t]*\r?\n[ \t]*/g, '\n');
    if (n === 0) text = text.replace(/^\n+/, '');
    if (n === t.length - 1) text = text.replace(/\n+$/, '');
    text.split(/\n{2,}/).forEach((part, i) => {
      if (i > 0) out.push([]);
      const line = part.replace(/\n/g, ' ');
      if (line) out[out.length - 1].push(line);
    });
  });
  return out.filter((p) => p.length > 0);
}
