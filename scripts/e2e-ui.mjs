// The UI checks of `npm run test:e2e`: what a user does in the workbench, in Chromium, each step
// waiting on a selector or a condition (never a fixed sleep) and leaving a screenshot behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stepper } from './e2e-step.mjs';

const require = createRequire(import.meta.url);
const { lint } = require('../out/src/lint/engine.js');
/** The file on disk still parses and passes the schema (a UI step never breaks the case). */
function assertWellFormed(text) {
  const bad = lint(text).filter((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'schema');
  if (bad.length) {
    const n = bad[0].range.start.line;
    throw new Error(`the file no longer parses: ${bad[0].message} (line ${n + 1}): ${JSON.stringify(text.split('\n').slice(Math.max(0, n - 3), n + 3).join('\n'))}`);
  }
}

const FILE = 'wrong-channels.case.yaml';
const STEP_TIMEOUT = 30_000;

export async function uiChecks(ctx, { port, ws, shots, say }) {
  const page = await ctx.newPage();
  // E2E_UI_ONLY=<name>[,<name>]: only the modules under scripts/e2e-ui whose file name holds one (to work on a feature).
  const only = process.env.E2E_UI_ONLY?.split(',');
  const chosen = (f) => only.some((o) => f.includes(o));
  let current = '';
  const { step, mark, result } = stepper({ page, shots, say, skip: (n) => only && n > 0 && !chosen(current) });
  const disk = () => readFileSync(join(ws, FILE), 'utf8');
  const editor = () => page.locator('.editor-instance .monaco-editor').first();
  /**
   * Go to a line and column with Ctrl+G, as a user would, and see the status bar say so; a key
   * press the workbench dropped is pressed again (three tries). The go-to row is clicked, never
   * accepted with Enter: an Enter that closes the quick input can type its newline into the editor
   * that takes the focus back (as with the palette's commands). A clean editor must stay clean.
   */
  async function goTo(line, col) {
    const where = page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${col}` });
    const dirty = page.locator('.tab.active.dirty');
    const wasDirty = (await dirty.count()) > 0;
    for (let attempt = 1; ; attempt++) {
      await editor().click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+g');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`:${line}:${col}`);
      // The one row, "go to line L at column C", once it names this line and column.
      await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`\\bline ${line}\\b.*\\bcolumn ${col}\\b`, 'i') }).first().click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      try {
        await where.first().waitFor({ timeout: 5_000 });
      } catch (err) {
        if (attempt === 3) throw err;
        continue;
      }
      if (!wasDirty && (await dirty.count()) > 0) throw new Error(`going to line ${line} changed the text (a key reached the editor)`);
      return;
    }
  }
  /** Ctrl+. until the quick-fix menu shows the row (three tries, like a user would). */
  async function quickFixRow(text) {
    const row = page.locator('.action-widget .monaco-list-row', { hasText: text }).first();
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await row.waitFor({ timeout: 8_000 });
        return row;
      } catch (err) {
        if (attempt === 3) throw err;
        await page.keyboard.press('Escape');
      }
    }
  }
  /** Ctrl+S, then wait until the workbench says the editor is saved: only then is the write done. */
  async function save() {
    const before = disk();
    await page.locator('.tab.active.dirty').waitFor();
    await page.keyboard.press('Control+s');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    await waitFor(() => disk() !== before, 'the file changed on disk');
  }
  async function waitFor(cond, what, timeout = STEP_TIMEOUT) {
    const end = Date.now() + timeout;
    // Disk state has no DOM event: check it on each animation frame of the page, bounded.
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out: ${what}`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
  }
  const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  /** Run a command from the palette: its row clicked, never an Enter (one that closes the palette can land in the editor). */
  async function command(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^.*?: /, '') }).first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Open a workspace file by Quick Open (the palette without its `>`), its row clicked: unlike a
   * row of the Explorer, it needs the file in no drawn part of a list that earlier checks have
   * grown (drafts, new case files, the Outline and Cases views).
   */
  async function openFile(name) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('.tab.active', { hasText: name }).waitFor();
  }

  page.setDefaultTimeout(STEP_TIMEOUT);
  await step('open the workspace', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor();
  });

  await step('open a case from the Explorer: error squiggles appear', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    await page.locator('.squiggly-error').first().waitFor();
  });

  await step('the Problems panel lists the rule ids', async () => {
    await editor().click({ position: { x: 200, y: 10 } });
    // Ctrl+Shift+M toggles: press it only when the panel is not already showing (a restored layout may show it).
    const panel = page.locator('.markers-panel');
    mark('the Problems panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    mark('the rule ids in the Problems panel');
    await panel.getByText('content-via-lers').first().waitFor();
    // The list is virtual: filter it to the rule the next step fixes.
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('notice-purpose');
    await panel.locator('.monaco-list-row', { hasText: 'notice-purpose' }).first().waitFor();
  });

  await step('Ctrl+. offers the fix; choosing it and saving changes the file and the squiggle goes', async () => {
    const text = disk();
    const line = lineOf(text, 'notice: red');
    await goTo(line, 13);
    // The light bulb appears once the code actions for the cursor are computed.
    mark('the light bulb');
    await page.locator('.lightBulbWidget').first().waitFor({ state: 'visible' });
    mark('the quick-fix menu');
    const row = await quickFixRow('Set notice to');
    await page.screenshot({ path: join(shots, 'quick-fix-menu.png') });
    await row.click();
    await save();
    if (!/find-suspect[\s\S]*?notice: blue/.test(disk())) throw new Error(`notice not changed on disk: ${JSON.stringify(disk().split('find-suspect')[1]?.slice(0, 160))}`);
    assertWellFormed(disk());
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'notice-purpose' }).first().waitFor({ state: 'detached' });
  });

  await step('a hover card explains the channel', async () => {
    await page.keyboard.press('Escape');
    // The cursor on the value and the keyboard's Show Hover (Ctrl+K Ctrl+I): the mouse may land on
    // the sticky-scroll copy of a line, which shows no hover.
    const text = disk();
    const line = lineOf(text, '    channel: interpol');
    await goTo(line, text.split('\n')[line - 1].indexOf('interpol') + 2);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const hover = page.locator('.monaco-hover', { hasText: 'cannot compel' });
    await hover.first().waitFor();
    // Leave the cursor at the end of the line, where the next steps expect it (never inside a word).
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
  });

  await step('typing a snippet prefix inserts a request', async () => {
    const text = disk();
    const lines = text.split('\n');
    await goTo(lines.length, 1);
    await page.keyboard.type('  wc-interpol');
    await page.keyboard.press('Control+Space');
    const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'wc-interpol' });
    await item.first().waitFor();
    await page.keyboard.press('Enter');
    // The snippet is in the editor (its first tab stop selected) before it is saved.
    mark('the inserted snippet');
    await page.locator('.view-lines .view-line', { hasText: 'id: locate-suspect' }).first().waitFor();
    await page.locator('.view-lines .view-line', { hasText: 'person: { name: Person name' }).first().waitFor();
    await page.keyboard.press('Escape');
    await save();
    if (!/content-direct[\s\S]*- id: locate-suspect\n {4}channel: interpol\n {4}action: locate/.test(disk())) throw new Error(`snippet not inserted as the last request:\n${disk().slice(-300)}`);
  });

  await step('"Recommend a channel" runs through its steps and inserts a request', async () => {
    await editor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('F1');
    // Text goes into the quick input itself (fill, then Enter on it): a key press that lands
    // while the widget is still opening must never type into the editor.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>which-channel: Recommend a channel');
    // Run it by clicking its row: an Enter that closes the palette on keydown can type its newline
    // into the editor that takes the focus back (seen once in CI: a value split in two).
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Recommend a channel' }).first().click();
    const pick = async (placeholder, typed) => {
      mark(`${placeholder} → ${typed}`);
      const box = page.locator(`.quick-input-widget input[placeholder="${placeholder}"]`);
      await box.waitFor({ state: 'visible' });
      await box.fill(typed);
      // A click on the row: the last pick closes the quick input and gives the editor the focus
      // back, where the newline of an Enter could land.
      await page.locator('.quick-input-list .monaco-list-row', { hasText: typed }).first().click();
    };
    await pick('What do you need?', 'Data or records');
    mark('Which data?');
    await page.locator('.quick-input-widget input[placeholder="Which data?"]').waitFor({ state: 'visible' });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Message bodies' }).click();
    await page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
    await page.locator('.quick-input-widget input[placeholder="Which data?"]').press('Enter');
    mark('Who holds the data?');
    // The registry's providers come first: picking one fills its type, country and EU services,
    // so those questions are not asked.
    await pick('Who holds the data? Pick a provider, or type a name', 'Google LLC');
    // The case says its urgency (and requesting state): Recommend does not ask them.
    mark('the notification');
    // The notification, as shown (toast) or as announced to a screen reader (the workbench
    // announces every notification; headless it may not draw the toast).
    await page.locator('.notification-toast, .monaco-alert', { hasText: 'Best route: mlat' }).first().waitFor({ state: 'attached' });
    await save();
    if (!/- id: produce-google-llc\n {4}channel: mlat\n/.test(disk())) throw new Error('no drafted request on disk');
    assertWellFormed(disk());
  });

  // More checks, one module per feature: scripts/e2e-ui/<feature>.mjs exports
  // `checks(ui)`, run in name order on the same page with the helpers above.
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'e2e-ui');
  const modules = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : [];
  /** Each module starts from one editor group with nothing open (a module may leave a preview beside). */
  async function closeAllEditors() {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>View: Close All Editor Groups');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Close All Editor Groups' }).first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // A dirty editor (an untitled draft a step left) asks whether to save: it is a test leftover.
    const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    const noTab = page.locator('.tabs-container .tab').first();
    for (let i = 0; i < 10; i++) {
      const which = await Promise.race([
        noTab.waitFor({ state: 'detached' }).then(() => 'closed', () => 'timeout'),
        dontSave.waitFor({ state: 'visible' }).then(() => 'dialog', () => 'timeout'),
      ]);
      if (which === 'closed') return;
      if (which === 'timeout') throw new Error('the editors did not close');
      await dontSave.click();
    }
  }
  for (const f of modules) {
    current = f;
    if (only && !chosen(f)) continue;
    const mod = await import(pathToFileURL(join(dir, f)).href);
    await closeAllEditors().catch((err) => say(`  (could not close the editors before ${f}: ${err.message.split('\n')[0]})`));
    await mod.checks({ page, step, mark, editor, openFile, goTo, quickFixRow, save, waitFor, lineOf, command, ws, shots, say, assertWellFormed });
  }

  await page.close();
  return result;
}
