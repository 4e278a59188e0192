#!/usr/bin/env bash
# The end-to-end test in a real VS Code: installs code-server and Chromium if needed
# (scripts/e2e-setup.sh), packages the extension as CI would ship it, and runs test/e2e against
# the .vsix in code-server driven by headless Chromium. .ci/run calls it after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/e2e-setup.sh
npm run package
# npm test's pretest has compiled the tests already in CI; compile again when run on its own.
npx tsc -p tsconfig.json
node --test --test-reporter=spec out/test/e2e/vsix.test.js out/test/e2e/extension.test.js
