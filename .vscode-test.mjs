// The end-to-end test in a desktop VS Code, for machines that can download one: `npm run test:vscode`
// builds the bundles, compiles the tests and runs test/e2e/vscode inside VS Code with this extension
// loaded from the repository. Where no VS Code can be downloaded, scripts/e2e.sh runs the same checks
// in code-server instead.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'desktop',
  files: 'out/test/e2e/vscode/**/*.test.cjs',
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 60_000 },
});
