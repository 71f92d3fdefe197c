// The Markdown renderer: for review and version control. A placeholder is bold, `**[missing: …]**`.
import { Block, DraftDocument, paragraphs, placeholder, Text } from './model';

/** Escape what Markdown would read as markup in running text. */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function inline(t: Text): string {
  // A key named in a placeholder (`case.organised_crime`, `offences[].category`) keeps its
  // underscore and brackets (inside a word and without a link target, Markdown reads them as text).
  return t.map((r) => (typeof r === 'string' ? esc(r) : `**${placeholder(r.missing.replace(/[\\`*<>|]/g, ''))}**`)).join('');
}

/** A text over several paragraphs (facts in a block scalar): a blank line between them. */
const prose = (t: Text) => paragraphs(t).map(inline).join('\n\n');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.text)}`;
    case 'paragraph':
      return prose(b.text);
    case 'fields':
      return b.rows.map((r) => `**${esc(r.label)}:** ${paragraphs(r.value).map(inline).join(' ')}`).join('  \n');
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'table': {
      const cell = (t: Text) => inline(t).replace(/\n/g, ' ');
      return [`| ${b.header.map(esc).join(' | ')} |`, `|${b.header.map(() => '---').join('|')}|`, ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
    }
  }
}

export function renderMarkdown(doc: DraftDocument): string {
  // The note to the person signing is not part of the document: a comment, not rendered.
  return `${doc.blocks.map(block).join('\n\n')}\n\n<!-- ${doc.note.replace(/--/g, '-')} -->\n`;
}
