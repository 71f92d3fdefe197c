// Loads the extension bundle in a fresh process with a stand-in `vscode` module and prints how
// long the require took, in ms (the benchmark's activation cost; the bundle compiles no schema).
'use strict';
const Module = require('module');
// What the bundle touches when it loads (activation itself needs a real VS Code).
const kind = { append: () => kind, contains: () => false };
const stub = { CodeActionKind: { SourceFixAll: kind, QuickFix: kind, Source: kind } };
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const t = process.hrtime.bigint();
require(process.argv[2]);
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
