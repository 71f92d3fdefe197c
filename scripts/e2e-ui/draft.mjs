// UI check of drafting: click the "Draft request" CodeLens above a request; the Markdown preview
// opens beside the case, the notification says where the DOCX went, and both files are on disk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'drafting.case.yaml';

export async function checks({ page, step, mark, waitFor, ws }) {
  await step('draft: open the case, the Draft request CodeLens shows above each request', async () => {
    mark('the case in the Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    mark('the CodeLens');
    await page.locator('.codelens-decoration a', { hasText: 'Draft request' }).first().waitFor();
  });

  await step('draft: clicking the CodeLens opens the preview beside the case and writes the DOCX', async () => {
    mark('click the CodeLens');
    await page.locator('.codelens-decoration a', { hasText: 'Draft request' }).first().click();
    mark('the preview tab');
    await page.locator('.tab', { hasText: /Preview .*CYB-2026-0147-preserve-instagram/ }).first().waitFor();
    mark('the notification');
    await page.locator('.notification-toast, .monaco-alert', { hasText: 'DOCX: drafts/CYB-2026-0147-preserve-instagram.docx' }).first().waitFor({ state: 'attached' });
    await waitFor(() => existsSync(join(ws, 'drafts', 'CYB-2026-0147-preserve-instagram.docx')), 'the DOCX on disk');
    if (!existsSync(join(ws, 'drafts', 'CYB-2026-0147-preserve-instagram.md'))) throw new Error('no Markdown draft on disk');
    mark('the preview content');
    // The preview renders in a webview: its frame holds the document's title.
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.getByText('Request for the preservation of records').first().waitFor();
  });
}
