// The Markdown renderer: for review and version control. A placeholder is bold, `**[missing: …]**`.
import { Block, DraftDocument, placeholder, Text } from './model';

/** Escape what Markdown would read as markup in running text. */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function inline(t: Text): string {
  // A key named in a placeholder (`case.organised_crime`, `offences[].category`) keeps its
  // underscore and brackets (inside a word and without a link target, Markdown reads them as text).
  return t.map((r) => (typeof r === 'string' ? esc(r) : `**${placeholder(r.missing.replace(/[\\`*<>|]/g, ''))}**`)).join('');
}

/** Text that runs over several lines (facts in a block scalar) keeps its line breaks. */
const lines = (s: string) => s.replace(/\n/g, '  \n');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.text)}`;
    case 'paragraph':
      return lines(inline(b.text));
    case 'fields':
      return b.rows.map((r) => `**${esc(r.label)}:** ${lines(inline(r.value))}`).join('  \n');
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'table': {
      const cell = (t: Text) => inline(t).replace(/\n/g, ' ');
      return [`| ${b.header.map(esc).join(' | ')} |`, `|${b.header.map(() => '---').join('|')}|`, ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
    }
  }
}

export function renderMarkdown(doc: DraftDocument): string {
  return doc.blocks.map(block).join('\n\n') + '\n';
}
