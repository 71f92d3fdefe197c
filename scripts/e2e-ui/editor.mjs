// Issue 22's editor checks, in the workbench: the New case file skeleton's tab stops and a
// provider completed inside its quotes; Enter after accepting a key with no values, and after free
// text; the plan's icon for a file marked by its first line; the plan fitting its editor group at
// the default layout; the Getting started walkthrough and its buttons.
import { join } from 'node:path';

export async function checks({ focusEditor, page, step, mark, editor, shots, command }) {
  /** The editor's lines as shown, in order (every line of a short document is rendered). */
  async function shownLines() {
    const lines = await page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((el) => [...el.querySelectorAll('.view-line')].map((l) => [parseFloat(l.style.top), l.textContent.replace(/\u00a0/g, ' ')]));
    return lines.sort((a, b) => a[0] - b[0]).map((l) => l[1]);
  }
  const suggestRow = (text) => page.locator('.suggest-widget.visible .monaco-list-row', { hasText: text }).first();

  await step('editor: New case file: Tab walks the placeholders; "Insta" in the holder\'s quotes completes to Meta and the line stays valid', async () => {
    await command('which-channel: New case file');
    mark('the new case tab');
    await page.locator('.tab.active', { hasText: /CASE-\d{8}(-\d+)?\.case\.yaml/ }).waitFor();
    await page.locator('.view-lines .view-line', { hasText: 'name: "Platform name"' }).first().waitFor();
    // Title, requesting state, authority, offences, then the holder's name: each a tab stop.
    mark('the title tab stop');
    await page.keyboard.type('Sextortion of minors');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    mark('the holder name tab stop');
    await page.keyboard.type('Insta');
    await page.locator('.view-lines .view-line', { hasText: '{ name: "Insta", type: platform' }).first().waitFor();
    await page.keyboard.press('Control+Space');
    mark('the provider suggestion, labelled Instagram, first');
    const first = page.locator('.suggest-widget.visible .monaco-list-row').first();
    await first.waitFor();
    const label = await first.innerText();
    if (!/Meta Platforms, Inc\./.test(label) || !/Instagram/.test(label)) throw new Error(`first suggestion: ${JSON.stringify(label)}`);
    await page.keyboard.press('Enter');
    mark('the completed line');
    await page.locator('.view-lines .view-line', { hasText: 'holder: { name: "Meta Platforms, Inc.", eu_services: true, type: platform, country: US }' }).first().waitFor();
    const lines = await shownLines();
    if (lines.some((l) => l.includes('""'))) throw new Error(`a doubled quote: ${lines.find((l) => l.includes('""'))}`);
    if (!lines.includes('  title: Sextortion of minors')) throw new Error(`the title tab stop: ${lines[4]}`);
    await page.keyboard.press('Escape');
  });

  await step('editor: accepting "identifiers" opens no word list; the next Enter makes a new line', async () => {
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('    identi');
    await page.keyboard.press('Control+Space');
    mark('the key suggestion');
    await suggestRow('identifiers').waitFor();
    await page.keyboard.press('Enter');
    mark('the key written');
    await page.locator('.view-lines .view-line', { hasText: 'identifiers:' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('x-next-line');
    mark('the next line typed');
    await page.locator('.view-lines .view-line', { hasText: 'x-next-line' }).first().waitFor();
    const lines = await shownLines();
    const at = lines.findIndex((l) => /^\s+identifiers:/.test(l));
    if (at < 0 || lines[at].trim() !== 'identifiers:') throw new Error(`the key line: ${JSON.stringify(lines[at])}`);
    if (!/^\s*x-next-line$/.test(lines[at + 1] ?? '')) throw new Error(`the next line: ${JSON.stringify(lines[at + 1])}`);
  });

  await step('editor: Enter at the end of free text (procedure:) makes a new line', async () => {
    await page.keyboard.press('Escape');
    // Replace the probe line with the free text.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('procedure: Certify the records of the account');
    await page.keyboard.press('Enter');
    await page.keyboard.type('y-next-line');
    mark('the next line typed');
    await page.locator('.view-lines .view-line', { hasText: 'y-next-line' }).first().waitFor();
    const lines = await shownLines();
    const at = lines.findIndex((l) => l.includes('procedure:'));
    if (lines[at].trim() !== 'procedure: Certify the records of the account') throw new Error(`the free text line: ${JSON.stringify(lines[at])}`);
    if (!/^\s*y-next-line$/.test(lines[at + 1] ?? '')) throw new Error(`the next line: ${JSON.stringify(lines[at + 1])}`);
    await page.screenshot({ path: join(shots, 'editor-typing.png') });
  });

  await step('editor: the plan icon shows for a case file marked by its first line', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'marked.yaml' }).click();
    await page.locator('.tab.active', { hasText: 'marked.yaml' }).waitFor();
    mark('the Show case plan action in the title bar');
    await page.locator('.editor-actions .action-label[aria-label^="Show case plan"], .editor-actions .action-label.codicon-graph').first().waitFor();
    // And not for a YAML file that is no case file.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'plain.yaml' }).click();
    await page.locator('.tab.active', { hasText: 'plain.yaml' }).waitFor();
    mark('no plan action for plain.yaml');
    await page.locator('.editor-actions .action-label.codicon-graph').first().waitFor({ state: 'detached' });
  });

  await step('editor: the plan fits its editor group at the default layout (no horizontal cut)', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'in-sextortion.case.yaml' }).click();
    await page.locator('.tab.active', { hasText: 'in-sextortion.case.yaml' }).waitFor();
    await command('which-channel: Show case plan');
    const view = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    mark('the plan rows');
    await view.locator('svg.wc-plan g.row').nth(3).waitFor();
    await view.locator('.wc-table tr[data-index="3"]').waitFor();
    mark('the sizes in the webview');
    const sizes = await view.locator('body').evaluate((b) => ({
      body: b.clientWidth,
      svg: b.querySelector('svg.wc-plan').getBoundingClientRect().width,
      scroll: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      table: b.querySelector('.wc-table').getBoundingClientRect().right,
    }));
    await page.screenshot({ path: join(shots, 'plan-fit.png') });
    if (sizes.svg > sizes.body + 1) throw new Error(`the picture is ${sizes.svg} px wide in a ${sizes.body} px view`);
    if (sizes.scroll > sizes.view + 1 || sizes.table > sizes.view + 1) throw new Error(`the page scrolls sideways: ${JSON.stringify(sizes)}`);
    const note = await view.locator('text.row-note', { hasText: 'hold lapses 2027-08-18' }).first().textContent();
    if (note.includes('…')) throw new Error(`the note is cut: ${note}`);
  });

  await step('editor: the Getting started walkthrough shows six steps; its New case file button opens a case', async () => {
    // The palette by hand: this command opens a second quick input (the list of walkthroughs).
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
    mark('the walkthrough in the list');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with which-channel' }).first();
    await row.waitFor();
    await row.click();
    mark('the steps');
    for (const t of ['Start a case file', 'Preserve first', 'Fix what is flagged', 'See the case plan', 'Draft the documents', 'Ask which channel']) {
      await page.locator('.getting-started-step', { hasText: t }).first().waitFor();
    }
    await page.screenshot({ path: join(shots, 'walkthrough.png') });
    mark('the New case file button');
    await page.locator('.getting-started-step', { hasText: 'Start a case file' }).first().click();
    const caseTabs = page.locator('.tab', { hasText: /CASE-\d{8}(-\d+)?\.case\.yaml/ });
    const before = await caseTabs.count();
    await page.locator('.getting-started-step.expanded a.button-link, .getting-started-step.expanded .monaco-button', { hasText: 'New case file' }).first().click();
    mark('a new case tab');
    await caseTabs.nth(before).waitFor();
  });
}
