// The standard runner for contributors with a normal connection (`npx vscode-test`): downloads
// VS Code and runs the same extension-host suite that scripts/e2e.mjs runs in code-server here.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/e2e/suite/*.test.js',
  workspaceFolder: './examples',
  mocha: { ui: 'bdd', timeout: 60000 },
});
