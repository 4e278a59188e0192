/**
 * Starts code-server (VS Code in the browser, installed by scripts/e2e-setup.sh into .e2e/) with
 * the packaged extension installed into a fresh profile, and Debian's Chromium to look at it. The
 * server listens on a free loopback port only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoPath } from '../helpers.js';

/** Where scripts/e2e-setup.sh puts code-server. */
export const codeServerBin = repoPath(
  '.e2e',
  'code-server',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);

/** A running code-server. */
export interface CodeServer {
  url: string;
  /** Everything it printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** User settings of the test profile: no trust prompt, no welcome page, nothing that phones home. */
const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 100,
  // No fade-ins: a screenshot taken when a widget appears shows it whole.
  'workbench.reduceMotion': 'on',
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A fresh profile folder under .e2e/runs with the settings above; removed by `stop`. */
function makeProfile(): { dir: string; userData: string; extensions: string; config: string } {
  mkdirSync(repoPath('.e2e', 'runs'), { recursive: true });
  const dir = mkdtempSync(join(repoPath('.e2e', 'runs'), 'profile-'));
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  // Its own config file, so that code-server does not write one into the user's home.
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  return { dir, userData, extensions, config };
}

/** Installs `vsix` into a fresh profile and starts code-server on a free port. */
export async function startCodeServer(vsix: string): Promise<CodeServer> {
  if (!existsSync(codeServerBin))
    throw new Error(`code-server is not installed: run scripts/e2e-setup.sh (${codeServerBin})`);
  const profile = makeProfile();
  const common = [
    '--config',
    profile.config,
    '--user-data-dir',
    profile.userData,
    '--extensions-dir',
    profile.extensions,
  ];
  const install = spawnSync(process.execPath, [codeServerBin, ...common, '--install-extension', vsix], {
    encoding: 'utf8',
  });
  if (!/successfully installed/.test(install.stdout))
    throw new Error(`cannot install ${vsix}:\n${install.stdout}${install.stderr}`);

  const port = await freePort();
  const args = [codeServerBin, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`];
  args.push(
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  );
  // Its own process group, so that stopping it also stops the extension host it starts.
  const child: ChildProcess = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('HTTP server listening')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${output}`)));
  });
  const timer = setTimeout(() => child.kill(), 60_000);
  await listening.finally(() => clearTimeout(timer));
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(profile.dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
