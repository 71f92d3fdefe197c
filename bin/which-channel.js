#!/usr/bin/env node
// The CLI entry: the bundled engine in dist/ (built by `npm run build`).
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('which-channel: not built yet; run "npm run build" first\n');
    process.exit(2);
  }
  throw err;
}
cli.run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
