// `npm run fuzz`: the fuzzer at scale (FUZZ_RUNS documents, default 100,000; FUZZ_SEED to replay).
import fc from 'fast-check';
import { checkDocument, documentArb } from '../test/support/fuzz';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const t0 = Date.now();
let n = 0;
try {
  fc.assert(fc.property(documentArb, (text) => { n++; checkDocument(text); }), { seed, numRuns: runs, endOnFailure: true });
  console.log(`fuzz: ${runs} documents, seed ${seed}, no failure, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} catch (err) {
  console.error(`fuzz: failure after ${n} documents (seed ${seed}):\n${(err as Error).message.slice(0, 4000)}`);
  process.exit(1);
}
