import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import type { CliIO } from '../../server/cli/io.js';
import { Progress } from '../../server/cli/progress.js';

function io(isTTY: boolean): CliIO & { err: () => string } {
  let err = '';
  return {
    cwd: '.',
    env: {},
    stdout: { write: () => true },
    stderr: { write: (t: string) => (err += t), isTTY },
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    exitWith: () => undefined,
    err: () => err,
  };
}

test('progress: silent for the first second, then a line on a terminal, cleared at the end', () => {
  mock.timers.enable({ apis: ['Date'], now: 0 });
  try {
    const tty = io(true);
    const progress = new Progress(tty, 3);
    progress.tick();
    assert.equal(tty.err(), '', 'nothing in the first second');
    mock.timers.tick(1500);
    progress.tick();
    assert.match(tty.err(), /\rchecking 2\/3 files…/);
    progress.finish();
    assert.ok(tty.err().endsWith('\r\x1b[K'));
    const piped = io(false);
    const quiet = new Progress(piped, 3);
    mock.timers.tick(1500);
    quiet.tick();
    quiet.finish();
    assert.equal(piped.err(), '', 'never when stderr is not a terminal');
  } finally {
    mock.timers.reset();
  }
});
