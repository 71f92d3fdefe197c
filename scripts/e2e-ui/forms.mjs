// UI check of the EU forms and the emergency request (issue 20, forms.md sections 1 and 2): a
// French prosecutor's case (test/e2e/fixtures/eu-forms.case.yaml), with a European Production Order for
// content (validated by a judge) and an emergency disclosure request to Meta. Drafting each from
// its CodeLens opens its preview (the EPOC with its annex's sections and tick boxes; the emergency
// request with its danger) and writes its Markdown and DOCX.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'eu-forms.case.yaml';
const EPOC = 'PNF-2026-31-content-meta';
const EMERGENCY = 'PNF-2026-31-emergency-meta';

export async function checks({ page, step, mark, waitFor, goTo, openFile, focusEditor, ws }) {
  const preview = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  /** Click the "Draft request" CodeLens directly above the request with this id. */
  async function draftFrom(id) {
    const line = readFileSync(join(ws, FILE), 'utf8').split('\n').findIndex((l) => l.includes(`id: ${id}`)) + 1;
    await goTo(line, 1);
    const row = page.locator('.view-line', { hasText: `id: ${id}` }).first();
    await row.waitFor();
    const anchor = page.locator('.codelens-decoration a', { hasText: 'Draft request' });
    await anchor.first().waitFor({ state: 'attached' });
    const target = await row.boundingBox();
    const tops = await anchor.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    const best = tops.map((top, i) => ({ top, i })).filter((b) => b.top < target.y).sort((a, b) => b.top - a.top)[0];
    if (!best) throw new Error(`no Draft request CodeLens above ${id}`);
    await anchor.nth(best.i).click();
  }

  await step('forms: the EPOC drafted from its CodeLens follows Annex I (sections, tick boxes, the judge who validated it)', async () => {
    mark('the case, opened');
    await openFile(FILE);
    await focusEditor();
    mark('the CodeLens of the production order');
    await draftFrom('content-meta');
    mark('the preview of the EPOC');
    await page.locator('.tab', { hasText: new RegExp(`Preview .*${EPOC}`) }).first().waitFor();
    await preview().getByText('EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC) FOR THE PRODUCTION OF ELECTRONIC EVIDENCE').first().waitFor();
    await preview().getByText('SECTION A: Issuing/validating authority').first().waitFor();
    for (const ext of ['md', 'docx']) await waitFor(() => existsSync(join(ws, 'drafts', `${EPOC}.${ext}`)), `the EPOC's ${ext} on disk`);
    const md = readFileSync(join(ws, 'drafts', `${EPOC}.md`), 'utf8');
    for (const want of ['**Validating authority (where applicable):** Juge des libertés et de la détention, Tribunal judiciaire de Paris', '☒ Content data', '☒ Emergency case: within 8 hours', '☒ This order relates to an earlier European Preservation Order', '## SECTION L']) {
      if (!md.includes(want)) throw new Error(`the EPOC lacks ${want}`);
    }
  });

  await step('forms: the emergency request drafted from its CodeLens states the danger and the provider\'s emergency basis', async () => {
    mark('the CodeLens of the emergency request');
    // The case is still open beside the preview: its own tab (Quick Open would match two groups).
    await page.locator('.tab', { hasText: FILE }).first().click();
    await focusEditor();
    await draftFrom('emergency-meta');
    mark('the preview of the emergency request');
    await page.locator('.tab', { hasText: new RegExp(`Preview .*${EMERGENCY}`) }).first().waitFor();
    await preview().getByText('Emergency disclosure request').first().waitFor();
    for (const ext of ['md', 'docx']) await waitFor(() => existsSync(join(ws, 'drafts', `${EMERGENCY}.${ext}`)), `the emergency request's ${ext} on disk`);
    const md = readFileSync(join(ws, 'drafts', `${EMERGENCY}.md`), 'utf8');
    for (const want of ['A 15-year-old girl in Paris is at risk of serious self-harm tonight', '2702(c)(4)', 'Telephone (24 hours)']) {
      if (!md.includes(want)) throw new Error(`the emergency request lacks ${want}`);
    }
  });
}
