// What completion offers while a value is typed in a case file. Value suggestions open by
// themselves after "key: " (a trigger character: VS Code's quick suggestions stay off inside
// YAML strings, as in every other YAML file), and close once the typed value is already a
// complete valid value, so Enter at the end of a value always starts a new line.
import type { CompletionData } from './complete';

/** The value typed so far before the cursor on this line (after ": ", "- ", "[" or ","). */
export const typedValue = (linePrefix: string) => /[^\s[\]{},:]*$/.exec(linePrefix)![0];

/**
 * How the list was asked for: Ctrl+Space or a quick suggestion (`invoke`), a trigger character
 * (`trigger`), or VS Code asking again as the user types on (`typing`; the list is incomplete).
 */
export type Asked = 'invoke' | 'trigger' | 'typing';

/**
 * The items to show, from those at the cursor: when a trigger character opened the list, values
 * only (keys too after a new item's "- ") and only after a space (never keys while indenting, never "key:value"); while typing,
 * none once the typed value equals one of them. Ctrl+Space shows everything (to change a value).
 */
export function whileTyping(items: readonly CompletionData[], linePrefix: string, asked: Asked): CompletionData[] {
  let out = [...items];
  if (asked === 'trigger') {
    if (/:$/.test(linePrefix)) return [];
    // A new sequence item (`- `) opens its keys (an offence's `provision`) as well as its values.
    if (!/^\s*- $/.test(linePrefix)) out = out.filter((c) => c.kind === 'value');
  }
  const typed = typedValue(linePrefix);
  if (asked !== 'invoke' && typed && out.some((c) => c.kind === 'value' && c.insertText === typed)) return [];
  return out;
}
