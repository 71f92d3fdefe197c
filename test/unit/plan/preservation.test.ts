import { strict as assert } from 'node:assert';
import type { RequestView } from '../../../src/core/case';
import { preservationHold } from '../../../src/core/preservation';
import { SHIPPED } from '../../../src/knowledge';

const req = (r: Partial<RequestView> & { extended?: unknown }): RequestView => ({ index: 0, path: ['requests', 0], date: '2026-01-01', ...r }) as RequestView;

describe('preservationHold (defaults)', () => {
  const table: [string, Partial<RequestView> & { extended?: unknown }, string | undefined, number?][] = [
    ['lers: 90 days', { channel: 'lers', action: 'preserve' }, '2026-04-01', 0],
    ['EU preservation order: 60 days', { channel: 'eu_preservation_order', action: 'preserve' }, '2026-03-02', 0],
    ['24/7 network: 60 days', { channel: 'network_24_7' as RequestView['channel'], action: 'preserve' }, '2026-03-02', 0],
    ['each extended: date adds the period again', { channel: 'lers', action: 'preserve', extended: ['2026-03-20', '2026-06-20'] }, '2026-09-28', 2],
    ['extended: that is not a list of dates is ignored', { channel: 'lers', action: 'preserve', extended: 'soon' }, '2026-04-01', 0],
    ['a produce request has no hold', { channel: 'lers', action: 'produce' }, undefined],
    ['an MLAT preservation has no default hold', { channel: 'mlat', action: 'preserve' }, undefined],
  ];
  for (const [name, r, end, used] of table) {
    it(name, () => {
      const h = preservationHold(SHIPPED, req(r));
      assert.equal(h?.end, end);
      if (h) {
        assert.equal(h.extensionsUsed, used);
        assert.equal(h.source, 'default');
        assert.equal(h.start, '2026-01-01');
      }
    });
  }
});
