/**
 * The Node language server (dist/server.cjs): `--stdio` for any LSP client, `--node-ipc` for
 * VS Code, `--socket=PORT` — the transport comes from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { applyV8Settings } from '../v8-settings.js';
import { lifecycleStrategy } from './lifecycle.js';
import { nodePlatform } from './node-platform.js';
import { startServer } from './server.js';

applyV8Settings();
startServer(createConnection(ProposedFeatures.all, { messageStrategy: lifecycleStrategy() }), {
  platform: nodePlatform(),
});
