/** A progress line on stderr for runs that take more than a second, only when stderr is a terminal. */
import type { CliIO } from './io.js';

/** Counts files done and shows `checking 120/4000 files…` once a run has taken a second. */
export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly verb = 'checking',
  ) {}

  /** One more file done. */
  tick(): void {
    this.done++;
    if (this.io.stderr.isTTY !== true) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    this.io.stderr.write(`\r${this.verb} ${this.done}/${this.total} files…\x1b[K`);
  }

  /** Clears the line before the report is written. */
  finish(): void {
    if (this.shown) this.io.stderr.write('\r\x1b[K');
  }
}
