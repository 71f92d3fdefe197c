// UI checks of the case plan and navigation, in the workbench: the plan webview beside the
// editor (a row per request, a redraw after an edit, a click that reveals the request), the
// Outline, F12 on an after: value, F2 on an id, the CodeLens text. A screenshot each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'in-sextortion.case.yaml';

export async function checks({ focusEditor, page, step, mark, editor, goTo, lineOf, ws, shots, command: palette }) {
  const disk = () => readFileSync(join(ws, FILE), 'utf8');
  const text = disk();
  // The webview: an iframe for the host, another inside it for the content.
  const view = () => page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  const line = (needle) => lineOf(text, needle);
  const col = (needle) => text.split('\n')[line(needle) - 1].indexOf(needle) + 1;
  const status = (l, c) => page.locator('.statusbar-item', { hasText: `Ln ${l}, Col ${c}` }).first();
  /** The palette, from the editor (its focus decides which file a command acts on). */
  async function command(title) {
    await focusEditor();
    await palette(title);
  }

  await step('plan: open a clean case; the CodeLens shows the answer window and the verdict', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    mark('the CodeLens');
    await page.locator('.codelens-decoration', { hasText: 'answer 2026-11-22 to 2026-11-28 · hold lapses 2027-08-18' }).first().waitFor();
  });

  await step('plan: the Outline lists the case and its requests', async () => {
    await command('Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane, .pane-body.outline-pane');
    mark('the Outline rows');
    for (const id of ['preserve-instagram', 'subscriber-instagram', 'content-instagram', 'locate-suspect']) await page.locator('.monaco-list-row', { hasText: id }).first().waitFor();
    void outline;
  });

  await step('plan: F12 on an after: value jumps to its request', async () => {
    const at = text.indexOf('after: preserve-instagram');
    const l = text.slice(0, at).split('\n').length;
    await goTo(l, 14);
    await page.keyboard.press('F12');
    mark('the cursor on the id');
    await status(line('- id: preserve-instagram'), col('preserve-instagram')).waitFor();
  });

  await step('plan: "Show case plan" opens the plan beside the editor, a row per request', async () => {
    await command('which-channel: Show case plan');
    mark('the webview rows');
    await view().locator('svg.wc-plan g.row').nth(3).waitFor();
    const rows = await view().locator('svg.wc-plan g.row').count();
    if (rows !== 4) throw new Error(`${rows} rows, not 4`);
    await view().locator('text.row-note', { hasText: 'hold lapses 2027-08-18' }).first().waitFor();
    await view().locator('.wc-table tr[data-index="3"]').waitFor();
    // The README's picture: the editor and the plan side by side, without the side bars and the
    // panel (their toggles, pressed only when the part is shown, and pressed again after).
    const parts = [['.part.sidebar', 'Control+b'], ['.part.auxiliarybar', 'Control+Alt+b'], ['.part.panel', 'Control+j']];
    const shown = [];
    for (const [sel, key] of parts) {
      if (!(await page.locator(sel).first().isVisible())) continue;
      await focusEditor();
      await page.keyboard.press(key);
      await page.locator(sel).first().waitFor({ state: 'hidden', timeout: 5_000 }).then(() => shown.push(key), () => {});
    }
    await view().locator('svg.wc-plan g.row').nth(3).waitFor();
    await page.screenshot({ path: join(shots, 'plan.png') });
    for (const key of shown.reverse()) { await focusEditor(); await page.keyboard.press(key); }
    await page.locator('.explorer-folders-view').waitFor();
  });

  await step('plan: a click on a row reveals its request in the editor', async () => {
    await view().locator('svg.wc-plan g.row[data-index="3"] text.row-label').click();
    mark('the cursor on locate-suspect');
    await status(line('- id: locate-suspect'), col('locate-suspect')).waitFor();
  });

  await step('plan: an edit redraws the plan (a deadline the portal cannot meet turns red)', async () => {
    const l = line('needed_by: 2027-01-15');
    await goTo(l, col('2027-01-15'));
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('2026-11-25');
    mark('the row note "too late"');
    await view().locator('text.row-note.late', { hasText: 'too late for 2026-11-25' }).first().waitFor();
    await view().locator('.wc-table tr.late').first().waitFor();
  });

  await step('plan: F2 renames an id and every after: that names it', async () => {
    await goTo(line('- id: preserve-instagram'), col('preserve-instagram') + 2);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-input');
    await input.first().waitFor({ state: 'visible' });
    await input.first().fill('keep-instagram');
    await input.first().press('Enter');
    mark('the renamed id in the editor');
    await page.locator('.view-lines .view-line', { hasText: '- id: keep-instagram' }).first().waitFor();
    mark('the plan redrawn with the new id, both after: arrows still pointing at it');
    await view().locator('text.row-label', { hasText: 'keep-instagram' }).first().waitFor();
    const arrows = await view().locator('path.arrow[data-to="0"]').count();
    if (arrows !== 2) throw new Error(`${arrows} after: arrows to the renamed request, not 2`);
    mark('the Outline');
    await page.locator('.monaco-list-row', { hasText: 'keep-instagram' }).first().waitFor();
  });

  await step('plan: revert the case file', async () => {
    await command('File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    if (disk() !== text) throw new Error('the case file changed on disk');
  });
}
