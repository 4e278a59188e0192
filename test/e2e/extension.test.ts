/**
 * End to end in a real VS Code: code-server with the packaged .vsix installed, driven in headless
 * Chromium. A person opens a draft and sees the language mode, the counts of findings, a hover, a
 * completion from the shipped library, and a quick fix that changes the text.
 * Run by scripts/e2e.sh after `npm run package`; `UPDATE_SCREENSHOT=1` rewrites docs/images/redline.png.
 */
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../server/analysis/analyze.js';
import { designExample, readRepo, repoPath } from '../helpers.js';
import { launchChromium, startCodeServer, type CodeServer } from './code-server.js';
import * as wb from './workbench.js';

const manifest = JSON.parse(readRepo('package.json')) as { name: string; publisher: string; version: string };
const SUMMARY = `${manifest.publisher}.${manifest.name}.summary`;

/** The DESIGN example plus a clause that shares release dates with ICE without a judicial warrant. */
const DRAFT = `${designExample().trimEnd()}
  2.8 Officers may notify ICE of an individual's release date when ICE requests it.
`;

/** Errors and warnings the analysis core finds in `text`: what the editor must show. */
function expectedCounts(text: string): { errors: number; warnings: number } {
  const findings = analyze(text).findings;
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** 1-based line and column of the first `word` on the line that contains `context`. */
function positionOf(text: string, context: string, word: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(context));
  assert.ok(index >= 0, `no line contains ${context}`);
  return { line: index + 1, column: lines[index]!.indexOf(word, lines[index]!.indexOf(context)) + 1 };
}

describe('the Redline extension in code-server', { timeout: 300_000 }, () => {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  let workspace: string;

  before(async () => {
    server = await startCodeServer(repoPath(`redline-${manifest.version}.vsix`));
    mkdirSync(repoPath('.e2e', 'runs'), { recursive: true });
    workspace = mkdtempSync(join(repoPath('.e2e', 'runs'), 'workspace-'));
    writeFileSync(join(workspace, 'draft.policy'), DRAFT);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wb.openWorkbench(page, server.url, workspace);
    await wb.openFile(page, 'draft.policy');
  });

  // What the page looked like after each step, for whoever reads a failure.
  afterEach(async () => {
    mkdirSync(repoPath('.e2e', 'screenshots'), { recursive: true });
    await page?.screenshot({ path: repoPath('.e2e', 'screenshots', 'last-step.png') });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('shows the language mode Policy', async () => {
    await wb.waitForStatus(page, 'status.editor.mode', /^Policy$/);
  });

  it('counts errors and warnings in the status bar as the analysis core finds them', async () => {
    const { errors, warnings } = expectedCounts(DRAFT);
    assert.ok(errors > 0 && warnings > 0, 'the draft should have both errors and warnings');
    await wb.waitForStatus(
      page,
      'status.problems',
      new RegExp(`^Errors: ${errors}, Warnings: ${warnings}\\b`),
    );
    await wb.waitForStatus(page, SUMMARY, new RegExp(`^error\\s+${errors}\\s+warning\\s+${warnings}\\b`));
  });

  it('hovers a defined name with its definition', async () => {
    const at = positionOf(DRAFT, '2.4 Officers should', 'Commander');
    await wb.goTo(page, at.line, at.column + 2);
    const hover = await wb.showHoverWith(page, 'member of MPD');
    assert.match(await hover.innerText(), /Commander\s+—\s+member of MPD/);
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden', timeout: wb.STEP_TIMEOUT });
  });

  it("applies the quick fix that turns 'should' into 'shall', and the counts follow", async () => {
    const at = positionOf(DRAFT, '2.4 Officers should', 'should');
    await wb.goTo(page, at.line, at.column + 1);
    await wb.applyCodeAction(page, "Change 'should' to 'shall'");
    await wb.waitForLine(page, '2.4 Officers shall obtain approval');
    const { errors, warnings } = expectedCounts(DRAFT.replace('2.4 Officers should', '2.4 Officers shall'));
    await wb.waitForStatus(
      page,
      'status.problems',
      new RegExp(`^Errors: ${errors}, Warnings: ${warnings}\\b`),
    );
    await wb.waitForStatus(page, SUMMARY, new RegExp(`^error\\s+${errors}\\s+warning\\s+${warnings}\\b`));
  });

  it('completes a whole clause from the shipped library, with its provenance', async () => {
    await arrangeForScreenshot(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  2.9 ');
    await wb.waitForLine(page, '2.9');
    await page.keyboard.press('Control+Space');
    const suggest = wb.suggestWidget(page);
    await suggest.focused.waitFor({ timeout: wb.STEP_TIMEOUT });
    if (!(await suggest.details.isVisible())) await page.keyboard.press('Control+Space');
    const details = suggest.details.filter({ hasText: /clauses\/[\w.-]+\.policy:\d+/ });
    await details.waitFor({ timeout: wb.STEP_TIMEOUT });
    const [, file, line] = /clauses\/([\w.-]+\.policy):(\d+)/.exec(await details.innerText())!;
    const corpus = readFileSync(repoPath('clauses', file!), 'utf8').split('\n');
    const clauseStart = corpus[Number(line) - 1] ?? '';
    assert.match(clauseStart, /^\s*(§\s*)?\d+(\.\d+)+\s/, `clauses/${file}:${line} starts no clause`);
    const clauseText = corpus
      .slice(Number(line) - 1, Number(line) + 5)
      .join(' ')
      .replace(/\s+/g, ' ');
    const label = (await suggest.focused.locator('.label-name').innerText()).replace(/…$/, '').trim();
    const firstWords = label.split(/\s+/).slice(0, 4).join(' ');
    assert.ok(clauseText.includes(firstWords), `"${firstWords}" is not in clauses/${file}:${line}`);
    await screenshot(page);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
  });

  it('opens the scorecard, the Markdown export and a comparison as Markdown documents', async () => {
    // Written only now: the server checks every policy in the workspace, and the counts above are the draft's.
    writeFileSync(join(workspace, 'adopted.policy'), designExample());
    const markdownHas = (text: string) => wb.findInEditor(page, text);
    await wb.runCommand(page, 'Redline: Show Safeguard Scorecard');
    await wb.waitForLine(page, '# Safeguard scorecard: draft.policy');
    assert.ok(await markdownHas('| No 287(g) agreement | present |'));
    await page.keyboard.press('Control+1');
    await wb.runCommand(page, 'Redline: Export as Markdown');
    await wb.waitForLine(page, '# Enforcement of Immigration Laws');
    assert.ok(
      await markdownHas('**2.4** Officers shall obtain approval from a Commander or OIC before detaining'),
    );
    await page.keyboard.press('Control+1');
    await wb.runCommandAndPick(page, 'Redline: Compare with', 'Compare draft.policy with', 'adopted.policy');
    await wb.waitForLine(page, '### Redline compare:');
    assert.ok(await markdownHas('`adopted.policy` → `draft.policy`'));
    assert.ok(await markdownHas('| §2.8 |'));
  });

  it('restarts the language server, which then answers again', async () => {
    await page.keyboard.press('Control+1');
    await wb.runCommand(page, 'Redline: Restart Language Server');
    await page
      .locator('.part.statusbar', { hasText: 'Redline: language server restarted' })
      .waitFor({ timeout: wb.STEP_TIMEOUT });
    const at = positionOf(DRAFT, '2.4 Officers should', 'Commander');
    await wb.goTo(page, at.line, at.column + 2);
    // The restarted client sends its settings just after opening the draft; the hover must not be
    // refused for it (AnalysisCache.supersede), and the code lenses coming back may hide it once.
    await wb.showHoverWith(page, 'member of MPD');
    await page.keyboard.press('Escape');
  });
});

/** Room for the README's picture: no side bar, the Problems panel open, the cursor back in the editor. */
async function arrangeForScreenshot(page: Page): Promise<void> {
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: wb.STEP_TIMEOUT });
  await wb.runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: wb.STEP_TIMEOUT });
  await page.keyboard.press('Control+1');
  await page.locator('.monaco-editor.focused').waitFor({ timeout: wb.STEP_TIMEOUT });
}

/** The README's picture: the draft's findings, the completion with its provenance, and a hover. */
async function screenshot(page: Page): Promise<void> {
  await wb.hoverWordUntilShown(page, '2.7 Officers shall not routinely', 'routinely');
  const dir = repoPath('.e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'redline.png');
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOT === '1') {
    if (!existsSync(repoPath('docs', 'images'))) mkdirSync(repoPath('docs', 'images'), { recursive: true });
    copyFileSync(path, repoPath('docs', 'images', 'redline.png'));
  }
}
