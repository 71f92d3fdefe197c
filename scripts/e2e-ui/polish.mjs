// Issue 10's UI checks (after the main ones, on wrong-channels.case.yaml): the rule-id link in
// the Problems panel opens the rendered page; a value typed after "key: " then Enter keeps every
// line; Fix all says what it did; Recommend with no case file says so, counts its steps and
// starts a new case file named <id>.case.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'wrong-channels.case.yaml';

export async function checks({ openFile, page, step, mark, editor, goTo, save, ws }) {
  const disk = () => readFileSync(join(ws, FILE), 'utf8');
  const toast = (text) => page.locator('.notification-toast, .monaco-alert', { hasText: text }).first();
  async function command(name) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${name}`);
    // A click on the row, never an Enter: one that closes the palette can land in the editor.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name.replace(/^.*: /, '') }).first().click();
  }
  const backToCase = async () => {
    await page.locator('.tab', { hasText: FILE }).first().click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
  };

  await step('the rule-id link in the Problems panel opens the rendered page, not the .md source', async () => {
    // Each module starts with no editor open: open the case from the Explorer.
    mark('the case from the Explorer');
    // A double click pins the editor (a single click opens a preview tab the doc page would replace).
    await openFile(FILE);
    const panel = page.locator('.markers-panel');
    mark('the Problems panel');
    if (!(await panel.isVisible())) {
      await editor().click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+Shift+M');
    }
    await panel.waitFor();
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('content-via-lers');
    mark('the rule link');
    const link = panel.locator('.monaco-list-row a.monaco-link', { hasText: 'content-via-lers' }).first();
    await link.waitFor();
    await link.click();
    mark('the preview tab');
    await page.locator('.tab.active', { hasText: 'Preview content-via-lers.md' }).waitFor();
    mark('the rendered page in the preview');
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('h1', { hasText: 'content-via-lers' }).waitFor();
    const sourceTabs = await page.locator('.tab', { hasText: /^\s*content-via-lers\.md/ }).count();
    if (sourceTabs !== 0) throw new Error('the .md source was opened in an editor');
  });

  await step('typing "channel: " offers the values; "lers" closes them; Enter starts a new line, no line lost', async () => {
    await backToCase();
    const before = disk();
    const lines = before.split('\n');
    await goTo(lines.length, 1);
    await page.keyboard.type('  - id: typed-value');
    mark('no suggestion open before Enter');
    await page.locator('.suggest-widget.visible').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    // The editor keeps the line's indentation: type up to four spaces as a user would.
    mark('the cursor column');
    const pos = page.locator('.statusbar-item', { hasText: `Ln ${lines.length + 1}, Col` }).first();
    await pos.waitFor();
    const col = Number(/Col (\d+)/.exec(await pos.innerText())[1]);
    for (let i = col - 1; i > 4; i--) await page.keyboard.press('Backspace');
    await page.keyboard.type(`${' '.repeat(Math.max(0, 4 - (col - 1)))}channel: `);
    mark('the value suggestions');
    await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'lers' }).first().waitFor();
    await page.keyboard.type('lers');
    mark('the suggestions close at a complete value');
    await page.locator('.suggest-widget.visible').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.keyboard.type('action: preserve');
    await page.keyboard.press('Escape');
    await save();
    const after = disk();
    if (!after.startsWith(before)) throw new Error('a line was lost');
    if (!/\n {2}- id: typed-value\n {4}channel: lers\n {4}action: preserve/.test(after)) throw new Error(`not typed as expected: ${JSON.stringify(after.slice(before.length))}`);
  });

  await step('Fix all from the command palette says what it did', async () => {
    await backToCase();
    await command('which-channel: Fix all problems in this case file');
    mark('the Fix all notification');
    const note = toast(/Fixed \d+ problems?; (none remain|\d+ remains?)\.|Nothing was fix|nothing to fix/);
    await note.waitFor({ state: 'attached' });
    if (/Fixed/.test(await note.innerText())) await save();
  });

  await step('Recommend with no case file open says so, counts its steps, and starts a new <id>.case.yaml', async () => {
    // A YAML file that is not a case file in front: no case file to insert into.
    await openFile('plain.yaml');
    await command('which-channel: Recommend a channel');
    mark('the no-case notice');
    await toast('No case file is open').waitFor({ state: 'attached' });
    const box = page.locator('.quick-input-widget input');
    const pick = async (steps, placeholder, typed) => {
      mark(`step ${steps}: ${placeholder}`);
      if (steps) await page.locator('.quick-input-widget .quick-input-title', { hasText: `(${steps})` }).waitFor();
      const input = page.locator(`.quick-input-widget input[placeholder="${placeholder}"]`);
      await input.waitFor({ state: 'visible' });
      await input.fill(typed);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: typed }).first().waitFor();
      await input.press('Enter');
    };
    await pick('1/8', 'What do you need?', 'Find where a person is');
    mark('step 2/4: the person');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/4)' }).waitFor();
    await box.fill('Unknown suspect');
    await box.press('Enter');
    await pick('3/4', 'Type a country name or code', 'India');
    await pick('4/4', 'How urgent?', 'routine');
    await pick('', 'No case file is open. Start a new case file with the drafted request?', 'Start a new case file');
    mark('the new case file tab');
    await page.locator('.tab.active', { hasText: /CASE-\d{8}(-\d+)?\.case\.yaml/ }).waitFor();
    await page.locator('.view-lines .view-line', { hasText: 'channel: interpol' }).first().waitFor();
  });
}
