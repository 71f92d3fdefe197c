// UI check of issue 19's hover: on "channel: mlat" in a case from South Africa to Germany, the
// card lists every instrument binding the pair with its scope (the UN Convention against
// Transnational Organized Crime covers it), seen in the workbench and left as a screenshot.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const FILE = 'za-de-untoc.case.yaml';

export async function checks({ openFile, page, step, mark, goTo, lineOf, ws, shots }) {
  await step('world bases: the hover on mlat lists every instrument binding ZA and DE, with its scope', async () => {
    mark('the case from the Explorer');
    await openFile(FILE);
    // The cursor on the value and the keyboard's Show Hover (Ctrl+K Ctrl+I), as in the main checks.
    const text = readFileSync(join(ws, FILE), 'utf8');
    const line = lineOf(text, '    channel: mlat');
    await goTo(line, text.split('\n')[line - 1].indexOf('mlat') + 2);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    mark('the hover card with the instruments');
    await page.locator('.monaco-hover', { hasText: 'Instruments binding ZA and DE' }).first().waitFor();
    mark('UNTOC in the card, with its scope');
    await page.locator('.monaco-hover', { hasText: 'Covers: offences involving an organised criminal group' }).first().waitFor();
    // The card is longer than the hover: scroll its content to the list of instruments (a key
    // press would move the editor's cursor and close a hover that has not taken the focus).
    mark('the card scrolled to the instruments');
    await page.locator('.monaco-hover p', { hasText: 'Instruments binding ZA and DE' }).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(shots, 'world-bases-mlat-hover.png') });
    await page.keyboard.press('Escape');
  });
}
