// UI check of the follow-up letters: a case whose preservation ends in 5 days (written at the start
// with dates counted from today's local date) shows the preservation-expiring warning; Ctrl+. on
// it offers "Draft the extension request", which opens the letter beside the case, writes the
// Markdown and DOCX, and adds today's date to `extended` (saved to disk). A screenshot of the menu.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'follow-up-e2e.case.yaml';
const pad = (n) => String(n).padStart(2, '0');
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const daysAgo = (n) => { const d = new Date(); d.setDate(d.getDate() - n); return local(d); };

function caseText() {
  // A holder the registry does not know: the lers channel's 90 days, so sent 85 days ago ends in 5.
  return `# which-channel: case
version: 1
case:
  id: FU-E2E
  title: A hold ending in a few days
  requesting_state: DE
  requesting_authority: Staatsanwaltschaft Berlin
  offences:
    - { name: threats, provision: "Section 241, Strafgesetzbuch", max_penalty_years: 3 }
  facts: The account sent threats.
  contact: { name: B. Weber, email: b.weber@sta.berlin.de }
requests:
  - id: keep
    channel: lers
    action: preserve
    holder: { name: Example Host, type: platform, country: US }
    data: [subscriber]
    identifiers:
      - { type: account, value: "example" }
    reference: StA-B 1/26-1
    their_reference: EH-42
    sent: ${daysAgo(85)}
  - id: disclose
    channel: mlat
    action: produce
    after: keep
    requested_state: US
    addressee: OIA
    holder: { name: Example Host, type: platform, country: US }
    data: [subscriber]
    sent: ${daysAgo(80)}
`;
}

export async function checks({ page, step, mark, waitFor, goTo, quickFixRow, ws, shots }) {
  const today = local(new Date());
  const file = join(ws, FILE);
  const disk = () => readFileSync(file, 'utf8');
  const sentLine = () => disk().split('\n').findIndex((l) => l.includes(`sent: ${daysAgo(85)}`)) + 1;

  await step('follow-up: a case whose hold ends in 5 days shows the preservation-expiring warning', async () => {
    writeFileSync(file, caseText());
    mark('quick open');
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    mark('the warning squiggle');
    await page.locator('.squiggly-warning').first().waitFor();
  });

  await step('follow-up: Ctrl+. "Draft the extension request" opens the letter and records today in extended', async () => {
    await goTo(sentLine(), 11);
    mark('the quick-fix menu');
    const row = await quickFixRow('Draft the extension request');
    await page.screenshot({ path: join(shots, 'follow-up-quick-fix.png') });
    await row.click();
    mark('the preview tab');
    await page.locator('.tab', { hasText: /Preview .*FU-E2E-keep-extension/ }).first().waitFor();
    await waitFor(() => existsSync(join(ws, 'drafts', 'FU-E2E-keep-extension.docx')), 'the DOCX on disk');
    mark('the case edited, then saved');
    await page.locator('.tab.dirty', { hasText: FILE }).first().waitFor();
    await page.locator('.tab', { hasText: FILE }).first().click();
    await page.keyboard.press('Control+s');
    await waitFor(() => disk().includes(`extended: [${today}]`), `extended: [${today}] on disk`);
    const md = readFileSync(join(ws, 'drafts', 'FU-E2E-keep-extension.md'), 'utf8');
    if (!md.includes('Request to extend a preservation') || !md.includes('EH-42')) throw new Error(`the letter lacks its title or their reference: ${md.slice(0, 200)}`);
    await page.screenshot({ path: join(shots, 'follow-up-letter.png') });
  });
}
