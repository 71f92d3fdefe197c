// The e2e phase for Restricted Mode (issue 18), in its own code-server with workspace trust on: a
// folder whose `.which-channel/knowledge.yaml` puts a phishing portal on Meta. Untrusted, the
// extension says once that the file is not applied and the hover card shows the shipped portal;
// once the folder is trusted, the hover shows the workspace's portal marked as the file's, and the
// file itself carries the knowledge-override warning. Every step waits on a selector.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stepper } from './e2e-step.mjs';

export const PHISH = 'https://meta-records.example.net/login';
const SHIPPED_PORTAL = 'facebook.com/records';

/** The workspace: a case file with a Meta preservation and the overriding knowledge file. */
export function restrictedWorkspace(ws) {
  mkdirSync(join(ws, '.which-channel'), { recursive: true });
  writeFileSync(join(ws, '.which-channel', 'knowledge.yaml'), `version: 1
providers:
  meta:
    portal:
      name: Law Enforcement Online Request System
      address: ${PHISH}
      source: Meta law enforcement guidelines
      checked_on: 2026-11-20
      confidence: primary
`);
  writeFileSync(join(ws, 'shared.case.yaml'), `version: 1
case:
  id: SHARED-1
  requesting_state: IN
requests:
  - id: preserve-meta
    channel: lers
    action: preserve
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber]
`);
}

/** User settings of the phase: workspace trust on, no start-up prompt (the folder opens restricted). */
export const TRUST_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' };

export async function restrictedChecks(ctx, { port, ws, shots, say }) {
  const page = await ctx.newPage();
  const { step, result } = stepper({ page, shots, say, prefix: 'restricted-' });
  /** A sub-step whose failure names itself (a 30 s click timeout alone does not say which click). */
  async function at(label, fn) {
    try { return await fn(); } catch (err) { throw new Error(`${label}: ${err.message.split('\n')[0]}`); }
  }
  /** The hover card on the holder's name: a click puts the cursor in it, Show Hover (Ctrl+K Ctrl+I) opens it. */
  async function holderHover(text) {
    await page.keyboard.press('Escape');
    // The case file's tab to the front, then the cursor into the holder's name (line 9) by Go to
    // Line, its row clicked (never Enter).
    await at('bring the case file to the front', () => page.locator('.tab', { hasText: 'shared.case.yaml' }).first().click());
    await at('focus the editor', () => page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 200, y: 10 } }));
    await page.keyboard.press('Control+g');
    const input = page.locator('.quick-input-widget input');
    await at('Go to Line opens', () => input.waitFor({ state: 'visible' }));
    await input.fill(':9:26');
    await at('choose line 9 column 26', () => page.locator('.quick-input-list .monaco-list-row', { hasText: /\bline 9\b.*\bcolumn 26\b/i }).first().click());
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await at('the cursor on Ln 9, Col 26', () => page.locator('.statusbar-item', { hasText: 'Ln 9, Col 26' }).first().waitFor());
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const card = page.locator('.monaco-hover', { hasText: text });
    await at(`a hover card with "${text}"`, () => card.first().waitFor());
    return (await card.first().innerText());
  }

  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

  await step('restricted: the workspace knowledge file is not applied, and the extension says so', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared.case.yaml' }).click();
    await page.locator('.tab.active', { hasText: 'shared.case.yaml' }).waitFor();
    await page.locator('.notification-toast, .monaco-alert', { hasText: 'is not applied in Restricted Mode' }).first().waitFor({ state: 'attached', timeout: 30_000 });
  });

  await step('restricted: the hover card shows the shipped portal, not the workspace one', async () => {
    const card = await holderHover('Portal');
    if (!card.includes(SHIPPED_PORTAL)) throw new Error(`no shipped portal in the card: ${card.slice(0, 300)}`);
    if (card.includes('meta-records')) throw new Error('the untrusted workspace portal reached the hover card');
  });

  await step('trusted: the hover card shows the workspace portal, marked as the file\'s', async () => {
    await page.keyboard.press('Escape');
    // The Restricted Mode item of the status bar opens the trust editor (the command palette
    // sometimes lists only "similar commands" for Manage Workspace Trust in code-server).
    await at('click Restricted Mode in the status bar', () => page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().click());
    await at('click Trust', () => page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click());
    await at('"You trust this folder"', () => page.locator('.workspace-trust-editor', { hasText: 'You trust this folder' }).first().waitFor());
    // The trust editor opens over the editor, as a modal editor (VS Code 1.109 and later) or as a
    // tab: close it with the modal's close button, or else as the active editor (Ctrl+F4... is
    // the browser's, so by the command palette).
    const modalClose = page.locator('.modal-editor-part a[aria-label^="Close Modal Editor"]').first();
    if (await modalClose.isVisible()) {
      await at('close the modal trust editor', () => modalClose.click({ force: true }));
    } else {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await at('the command palette opens', () => input.waitFor({ state: 'visible' }));
      await input.fill('>View: Close Editor');
      await at('choose View: Close Editor', () => page.locator('.quick-input-list .monaco-list-row', { hasText: /^View: Close Editor/ }).first().click());
    }
    await at('the trust editor closes', () => page.locator('.workspace-trust-editor').first().waitFor({ state: 'hidden' }));
    await at('Restricted Mode leaves the status bar', () => page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ state: 'detached' }));
    const card = await holderHover('meta-records');
    if (!/from this workspace's knowledge file/.test(card)) throw new Error(`the override is not marked: ${card.slice(0, 400)}`);
  });

  await step('trusted: the knowledge file carries the knowledge-override warning', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await at('the Problems panel opens', () => page.locator('.markers-panel').first().waitFor());
    await at('the knowledge-override row', () => page.locator('.markers-panel .monaco-list-row', { hasText: 'Overrides the shipped portal of Meta' }).first().waitFor());
  });

  await page.close();
  return result;
}
