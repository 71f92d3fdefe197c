// What completion offers while a value is typed in a case file. Value suggestions open by
// themselves after "key: " (a trigger character: VS Code's quick suggestions stay off inside
// YAML strings, as in every other YAML file), and close once the typed value is already a
// complete valid value, so Enter at the end of a value always starts a new line.
import type { CompletionData } from './complete';

/** The value typed so far before the cursor on this line (after ": ", "- ", "[" or ","). */
export const typedValue = (linePrefix: string) => /[^\s[\]{},:]*$/.exec(linePrefix)![0];

/**
 * The items to show, from those at the cursor: when a trigger character opened the list, values
 * only and only after a space (never keys while indenting, never "key:value"); none once the
 * typed value equals one of them.
 */
export function whileTyping(items: readonly CompletionData[], linePrefix: string, byTriggerCharacter: boolean): CompletionData[] {
  let out = [...items];
  if (byTriggerCharacter) {
    if (/:$/.test(linePrefix)) return [];
    out = out.filter((c) => c.kind === 'value');
  }
  const typed = typedValue(linePrefix);
  if (typed && out.some((c) => c.kind === 'value' && c.insertText === typed)) return [];
  return out;
}
