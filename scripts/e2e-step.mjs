// The steps of the e2e phases: each runs, says ✔ or ✘ (with what it was waiting for, set by
// `mark`), counts, and leaves a screenshot (and with E2E_DUMP the page's HTML) behind.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `skip(n)`: whether to skip a step, given how many ran before it (to run one module alone). */
export function stepper({ page, shots, say, prefix = '', skip = () => false }) {
  const result = { passed: 0, failed: 0 };
  let n = 0;
  let at = '';
  /** Names what the step waits for now, so a time-out says where it stopped. */
  const mark = (what) => { at = what; };
  async function step(name, fn) {
    if (skip(n)) return;
    n++;
    const shot = join(shots, `${prefix}${String(n).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    try {
      at = '';
      await fn();
      result.passed++;
      say(`  ✔ ${name}`);
    } catch (err) {
      result.failed++;
      say(`  ✘ ${name}: ${err.message.split('\n')[0]}${at ? ` (at: ${at})` : ''}`);
    }
    await page.screenshot({ path: shot }).catch(() => {});
    if (process.env.E2E_DUMP) writeFileSync(shot.replace(/\.png$/, '.html'), await page.content());
  }
  return { step, mark, result };
}
