/**
 * The analysis cache's debounce, on a mocked clock: a single edit after a pause is analysed after
 * the shortest wait, a burst of edits waits for a pause and is analysed once, at its last version.
 * And what a request waiting for the facts gets when the document or the configuration changes.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../server/analysis/config.js';
import { AnalysisCache } from '../../server/lsp/analysis-cache.js';
import type { ConfigResolver } from '../../server/lsp/config-resolver.js';
import { emptyFacts, type DocumentFacts } from '../../server/lsp/document-facts.js';
import { LocalEngine, type AnalysisJob } from '../../server/lsp/engine.js';

const URI = 'file:///cache/a.policy';
/** How long every analysis of the fake engine takes on the mocked clock. */
const ANALYSIS = 400;
const DEBOUNCE = 150;

/** An engine whose analyses end when the test says so, after `ANALYSIS` ms of mocked time. */
class FakeEngine extends LocalEngine {
  readonly started: number[] = [];
  private pending: (() => void)[] = [];

  override analyze(job: AnalysisJob): Promise<DocumentFacts | undefined> {
    this.started.push(job.version);
    return new Promise((resolve) =>
      this.pending.push(() => resolve(emptyFacts(job.uri, job.version, job.runId))),
    );
  }

  /** Lets the mocked clock run for one analysis, then finishes every analysis started. */
  finish(): void {
    mock.timers.tick(ANALYSIS);
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

/** Lets the cache's promise chains (configuration, engine) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the analysis cache', () => {
  let document: TextDocument;
  let engine: FakeEngine;
  let cache: AnalysisCache;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
    document = TextDocument.create(URI, 'policy', 1, 'policy "A"\n');
    const documents = {
      get: () => document,
      all: () => [document],
    } as unknown as TextDocuments<TextDocument>;
    const configs = {
      resolve: async () => ({ config: defaultConfig(), notices: [] }),
    } as unknown as ConfigResolver;
    engine = new FakeEngine();
    cache = new AnalysisCache(documents, engine, configs, DEBOUNCE);
  });
  afterEach(() => mock.timers.reset());

  /** Types one character, as a new version of the document. */
  const edit = () => {
    document = TextDocument.update(document, [{ text: 'x' }], document.version + 1);
    cache.changed(URI);
  };

  /** Opens the document and lets its first analysis take `ANALYSIS` ms. */
  const open = async () => {
    cache.changed(URI, true);
    await settle();
    engine.finish();
    await settle();
  };

  describe('debounce', () => {
    it('analyses a single edit after a pause without waiting out the debounce', async () => {
      await open();
      mock.timers.tick(5000);
      edit();
      mock.timers.tick(10);
      await settle();
      assert.deepEqual(engine.started, [1, 2]);
    });

    it('waits for a pause in a burst of edits, then analyses only the last version', async () => {
      await open();
      mock.timers.tick(5000);
      edit();
      mock.timers.tick(1);
      edit();
      mock.timers.tick(1);
      edit();
      mock.timers.tick(10);
      await settle();
      assert.deepEqual(engine.started, [1], 'no analysis in the middle of a burst');
      mock.timers.tick(DEBOUNCE);
      await settle();
      assert.deepEqual(engine.started, [1, 4]);
    });
  });

  describe('a request waiting for the facts', () => {
    // A restarted client sends its settings right after opening the documents, so a hover asked at
    // once used to be refused as "content modified" although the text never changed.
    it('gets the facts of the new configuration when only the configuration changed', async () => {
      cache.changed(URI, true);
      const request = cache.current(URI);
      await settle();
      cache.invalidate([URI]);
      await settle();
      engine.finish();
      const facts = await request;
      assert.equal(facts?.version, 1);
      assert.deepEqual(engine.started, [1, 1], 'the first run was superseded by the second');
    });

    it('is refused when the document itself changed', async () => {
      cache.changed(URI, true);
      const request = cache.current(URI);
      await settle();
      edit();
      await assert.rejects(request, { name: 'Superseded' });
    });
  });
});
