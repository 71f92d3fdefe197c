// UI check of drafting: click the "Draft request" CodeLens above a request; the Markdown preview
// opens beside the case, the notification says where the DOCX went, and both files are on disk;
// its Reveal button selects the DOCX in the Explorer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'drafting.case.yaml';

export async function checks({ focusEditor, page, step, mark, waitFor, command, ws }) {
  await step('draft: open the case, the Draft request CodeLens shows above each request', async () => {
    mark('the case in the Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    // The top of the file, where the first request is (an earlier check may have left it scrolled).
    await focusEditor();
    await page.keyboard.press('Control+Home');
    await page.locator('.statusbar-item', { hasText: 'Ln 1, Col 1' }).first().waitFor();
    mark('the CodeLens');
    await page.locator('.codelens-decoration a', { hasText: 'Draft request' }).first().waitFor();
  });

  await step('draft: clicking the CodeLens opens the preview beside the case and writes the DOCX', async () => {
    mark('click the CodeLens');
    await page.locator('.codelens-decoration a', { hasText: 'Draft request' }).first().click();
    mark('the preview tab');
    await page.locator('.tab', { hasText: /Preview .*CYB-2026-0147-preserve-instagram/ }).first().waitFor();
    mark('the notification');
    // The notification as shown (toast) or as announced (headless, the toast may not be drawn).
    await page.locator('.notification-toast, .monaco-alert', { hasText: 'drafts/CYB-2026-0147-preserve-instagram.docx' }).first().waitFor({ state: 'attached' });
    await waitFor(() => existsSync(join(ws, 'drafts', 'CYB-2026-0147-preserve-instagram.docx')), 'the DOCX on disk');
    if (!existsSync(join(ws, 'drafts', 'CYB-2026-0147-preserve-instagram.md'))) throw new Error('no Markdown draft on disk');
    mark('the preview content');
    // The preview renders in a webview: its frame holds the document's title.
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.getByText('Request for the preservation of records').first().waitFor();
  });

  await step('draft: a short notification with "Open DOCX folder" and "Reveal"; Reveal selects the DOCX in the Explorer', async () => {
    // In the notification centre, where it stays until dismissed (a toast may not be drawn headless).
    mark('the notification centre');
    await command('Notifications: Show Notifications');
    const toast = page.locator('.notifications-center .notification-list-item', { hasText: 'drafts/CYB-2026-0147-preserve-instagram.docx' }).first();
    mark('the notification');
    await toast.waitFor();
    const message = (await toast.locator('.notification-list-item-message').first().innerText()).trim();
    if (message.length > 200) throw new Error(`the notification has ${message.length} characters: ${message}`);
    mark('the buttons');
    await toast.locator('.monaco-button', { hasText: 'Open DOCX folder' }).first().waitFor();
    await toast.locator('.monaco-button', { hasText: /^Reveal$/ }).first().click();
    mark('the DOCX selected in the Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'CYB-2026-0147-preserve-instagram.docx' }).first().waitFor();
  });
}
