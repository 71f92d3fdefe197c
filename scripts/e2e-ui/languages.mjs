// UI check of issue 20's route and language rules in the workbench: a police station's letter
// rogatory draws rogatory-issuer (a court issues one), and an MLA request to Germany written in
// English draws translation-required, both listed in the Problems panel with their rule ids, and
// the warning squiggled in the editor; left as a screenshot.
import { join } from 'node:path';

const FILE = 'police-abroad.case.yaml';

export async function checks({ openFile, page, step, mark, editor, shots }) {
  await step('route and language: a police letter rogatory and an English request to Germany are flagged', async () => {
    mark('the case from the Explorer');
    await openFile(FILE);
    mark('the rogatory-issuer warning squiggle');
    await page.locator('.squiggly-warning').first().waitFor();
    await editor().click({ position: { x: 200, y: 10 } });
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    // Earlier checks leave other files' problems in the panel (a list draws only the rows that
    // fit): its filter keeps this file's.
    mark('the Problems filter');
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill(FILE);
    mark('the rogatory-issuer row in the Problems panel');
    await panel.locator('.monaco-list-row', { hasText: 'Have the competent court or judge issue it' }).first().waitFor();
    mark('the translation-required row in the Problems panel');
    await panel.locator('.monaco-list-row', { hasText: 'DE accepts mutual legal assistance requests in German' }).first().waitFor();
    for (const id of ['rogatory-issuer', 'translation-required']) {
      mark(`the rule id ${id} in the panel`);
      await panel.locator('.monaco-list-row', { hasText: id }).first().waitFor();
    }
    await page.screenshot({ path: join(shots, 'languages-route-problems.png') });
    await filter.fill('');
  });
}
