// A seeded share of the fuzzer on every test run (`npm run fuzz` runs 100,000 documents).
import fc from 'fast-check';
import { checkDocument, documentArb } from '../support/fuzz';

describe('fuzz (seeded share)', () => {
  it('400 mutated case files keep every property', function () {
    this.timeout(120_000);
    const t0 = Date.now();
    fc.assert(fc.property(documentArb, (text) => { checkDocument(text); }), { seed: 20261125, numRuns: 400 });
    console.log(`      400 documents in ${Date.now() - t0} ms`);
  });
});
