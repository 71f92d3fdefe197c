// UI checks of the register's Cases view (issue 21), in the workbench: a case file written into
// the workspace with a request whose answer is overdue and one needed in three days (dates
// counted from today) appears in the Cases view (the file watcher) with Due soon at the top, the
// status bar says what is due this week, and a click on a due item opens the case at the request.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'due-soon.case.yaml';

/** `YYYY-MM-DD`, `days` from today (local date, as the extension reads it). */
function day(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function checks({ page, step, mark, command, ws, shots }) {
  await step('cases: the Cases view lists every case, Due soon at the top, and the status bar counts this week', async () => {
    // A portal production answers within 42 days: sent 50 days ago, it is overdue; needed in 3 days.
    writeFileSync(join(ws, FILE), `# A case with something due, written by the e2e check.
version: 1
case:
  id: DUE-2026-1
  title: Overdue answer
  requesting_state: AU
  urgency: routine
requests:
  - id: subscriber-host
    channel: lers
    action: produce
    holder: { name: Example Host, type: platform, country: US }
    data: [subscriber]
    sent: ${day(-50)}
    needed_by: ${day(3)}
`);
    mark('the Cases view');
    await command('Explorer: Focus on Cases View');
    // The folder's pane collapsed, so the Cases view has the room to show its rows (a list draws only what fits).
    const folders = page.locator('.pane-header.expanded', { hasText: /^ws/i }).first();
    if (await folders.count()) await folders.click();
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Cases/i }) }).first();
    await view.locator('.monaco-list-row').first().waitFor();
    mark('Due soon, first');
    await view.locator('.monaco-list-row').first().filter({ hasText: 'Due soon' }).waitFor();
    mark('the new case and its overdue answer under Due soon');
    await view.locator('.monaco-list-row', { hasText: 'DUE-2026-1 / subscriber-host' }).first().waitFor();
    await view.locator('.monaco-list-row', { hasText: 'answer overdue' }).first().waitFor();
    mark('a case row of the examples');
    await view.locator('.monaco-list-row', { hasText: 'CYB-2026-0147' }).first().waitFor();
    mark('the status bar item');
    await page.locator('.statusbar-item', { hasText: /\d+ due this week/ }).first().waitFor();
    mark('the needed-by date three days ahead');
    await view.locator('.monaco-list-row', { hasText: 'needed by' }).first().waitFor();
    await page.screenshot({ path: join(shots, 'cases-view.png') });
  });

  await step('cases: a click on a due item opens the case at its request', async () => {
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Cases/i }) }).first();
    await view.locator('.monaco-list-row', { hasText: 'DUE-2026-1 / subscriber-host' }).first().click();
    mark('the case file in the editor');
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    mark('the cursor on the request (line 9)');
    await page.locator('.statusbar-item', { hasText: /Ln 9, Col \d+/ }).first().waitFor();
    await page.screenshot({ path: join(shots, 'cases-view-reveal.png') });
    // The Explorer as the next checks expect it: the folder's pane back, the Cases view folded
    // (the folder's rows below the fold are not drawn, so they could not be clicked).
    const folders = page.locator('.pane-header:not(.expanded)', { hasText: /^ws/i }).first();
    if (await folders.count()) await folders.click();
    const cases = page.locator('.pane-header.expanded', { hasText: /^Cases/i }).first();
    if (await cases.count()) await cases.click();
    await page.locator('.pane-header:not(.expanded)', { hasText: /^Cases/i }).first().waitFor();
  });
}
