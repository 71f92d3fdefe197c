// UI check of the covering letter (issue 20, forms.md section 3): drafting an Indian letter
// rogatory from its CodeLens writes the request and, as a second document, the covering letter to
// India's central authority (the Ministry of Home Affairs), each as Markdown and DOCX; the preview
// shows the request.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'drafting.case.yaml';
const NAME = 'CYB-2026-0147-witness-cambodia';

export async function checks({ page, step, mark, waitFor, goTo, ws }) {
  await step('covering: drafting the letter rogatory writes it and its covering letter to the own central authority', async () => {
    mark('the case in the Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    // The request is below the first screen: go to its line so its CodeLens is drawn.
    const line = readFileSync(join(ws, FILE), 'utf8').split('\n').findIndex((l) => l.includes('id: witness-cambodia')) + 1;
    await goTo(line + 6, 1);
    mark('the CodeLens of witness-cambodia');
    const anchor = page.locator('.codelens-decoration a', { hasText: 'Draft request' });
    await page.locator('.view-line', { hasText: 'id: witness-cambodia' }).first().waitFor();
    await anchor.first().waitFor({ state: 'attached' });
    // The lens directly above the request's line: the one whose top is closest above it.
    const target = await page.locator('.view-line', { hasText: 'id: witness-cambodia' }).first().boundingBox();
    const boxes = await anchor.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    const best = boxes.map((top, i) => ({ top, i })).filter((b) => b.top < target.y).sort((a, b) => b.top - a.top)[0];
    if (!best) throw new Error('no Draft request CodeLens above witness-cambodia');
    await anchor.nth(best.i).click();
    mark('the preview of the request');
    await page.locator('.tab', { hasText: new RegExp(`Preview .*${NAME}`) }).first().waitFor();
    for (const ext of ['md', 'docx']) await waitFor(() => existsSync(join(ws, 'drafts', `${NAME}-covering.${ext}`)), `the covering letter's ${ext} on disk`);
    const letter = readFileSync(join(ws, 'drafts', `${NAME}-covering.md`), 'utf8');
    if (!/\*\*To:\*\* Ministry of Home Affairs/.test(letter)) throw new Error(`the covering letter is not addressed to the Ministry of Home Affairs: ${letter.slice(0, 400)}`);
    mark('the notification counts both documents');
    await page.locator('.notification-toast, .monaco-alert', { hasText: 'Drafted 2 documents' }).first().waitFor({ state: 'attached' });
  });
}
