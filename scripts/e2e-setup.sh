#!/usr/bin/env bash
# Installs what the end-to-end test needs and cannot download at run time: Debian's Chromium and
# ripgrep, and code-server (VS Code in a browser) from npm into .e2e/, which git ignores. Each step is
# skipped when its result is already there, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
E2E_DIR="$PWD/.e2e"
CS_DIR="$E2E_DIR/code-server"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
# npm_config_yes: node-pty's post-install runs `npx node-gyp`, which npx refuses to fetch without it.
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false npm_config_yes=true

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/rg ] || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e-setup: installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f "$STAMP" ]; then
  echo "e2e-setup: code-server $CODE_SERVER_VERSION already installed in .e2e/"
  exit 0
fi

echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into .e2e/ (a few minutes)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
echo '{ "name": "redline-e2e-code-server", "private": true }' >package.json
# Its install script downloads nothing we need but tries to; the native parts are rebuilt below.
npm install --no-save --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION"
npm rebuild argon2 --loglevel=error

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --loglevel=error
# @vscode/ripgrep's install script would download rg; Debian's works the same.
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm rebuild @parcel/watcher native-watchdog @vscode/spdlog node-pty kerberos --loglevel=error
# The server looks for its modules in node_modules.asar, as a packaged VS Code would have them.
ln -sfn node_modules node_modules.asar

touch "$STAMP"
echo "e2e-setup: code-server ready in .e2e/code-server"
