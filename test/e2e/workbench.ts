/**
 * Driving the VS Code workbench in a page the way a person does: keyboard shortcuts, the quick
 * input, the status bar, the editor's widgets. Every step waits for what it needs to see.
 */
import type { Locator, Page } from 'playwright-core';

/** How long a step may wait for the workbench (the first analysis includes the server's start). */
export const STEP_TIMEOUT = 60_000;

/** Opens the workbench on `folder` and waits until it is ready. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.part.statusbar').waitFor({ timeout: STEP_TIMEOUT });
}

/** Runs a quick-input step: opens it with `shortcut`, types `text`, waits for a result, accepts it. */
async function quickInput(page: Page, shortcut: string, text: string, needsResult: boolean): Promise<void> {
  await page.keyboard.press(shortcut);
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.type(text);
  if (needsResult)
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

/** Runs a command by its title from the Command Palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, 'F1', title, true);
}

/** Runs a command that asks with a quick pick (known by its placeholder), and picks the item `pick`. */
export async function runCommandAndPick(
  page: Page,
  title: string,
  placeholder: string,
  pick: string,
): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input.input').waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page
    .locator(`.quick-input-widget input.input[placeholder^="${placeholder}"]`)
    .waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.type(pick);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: pick })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

/** Opens a workspace file with Quick Open and waits for its editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, 'Control+P', name, true);
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT });
}

/** Puts the cursor at a 1-based line and column with Go to Line. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await quickInput(page, 'Control+G', `${line}:${column}`, false);
  await page
    .locator('[id="status.editor.selection"]')
    .filter({ hasText: `Ln ${line}, Col ${column}` })
    .waitFor({
      timeout: STEP_TIMEOUT,
    });
}

/** A status bar item by id (`status.problems`, `status.editor.mode`, or an extension's). */
export function statusItem(page: Page, id: string): Locator {
  return page.locator(`.part.statusbar [id="${id}"]`);
}

/** Waits until a status bar item's accessible label matches `pattern`, and returns the label. */
export async function waitForStatus(page: Page, id: string, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ({ id, source, flags }) => {
      const label = document.getElementById(id)?.getAttribute('aria-label') ?? '';
      return new RegExp(source, flags).test(label) ? label : false;
    },
    { id, source: pattern.source, flags: pattern.flags },
    { timeout: STEP_TIMEOUT },
  );
  return (await handle.jsonValue()) as string;
}

/** The text of the rendered editor line that contains `fragment`, spaces normalized. */
export async function lineWith(page: Page, fragment: string): Promise<string | undefined> {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.map((l) => l.replace(/\u00a0/g, ' ')).find((l) => l.includes(fragment));
}

/** Waits until some rendered editor line contains `fragment`. */
export async function waitForLine(page: Page, fragment: string): Promise<void> {
  await page.waitForFunction(
    (fragment) =>
      Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line')).some((l) =>
        (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(fragment),
      ),
    fragment,
    { timeout: STEP_TIMEOUT },
  );
}

/** The visible editor hover (after `editor.action.showHover`). */
export function hoverWidget(page: Page): Locator {
  return page.locator('.monaco-editor .monaco-hover').filter({ visible: true }).first();
}

/**
 * Shows the hover at the cursor by keyboard (Ctrl+K Ctrl+I) until it contains `text`. VS Code hides
 * a hover when the lines above it move, as when a restarted server's code lenses come back, and
 * does not show it again; a person would ask again, and so does this, a few times. A failure says
 * what each attempt showed ("no hover" when the server never answered).
 */
export async function showHoverWith(page: Page, text: string, attempts = 4): Promise<Locator> {
  const hover = hoverWidget(page);
  const seen: string[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    try {
      await hover.filter({ hasText: text }).waitFor({ timeout: STEP_TIMEOUT / attempts });
      return hover;
    } catch {
      seen.push((await hover.isVisible()) ? `"${await hover.innerText()}"` : 'no hover');
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`the hover never showed '${text}'; ${attempts} attempts showed ${seen.join(', ')}`);
}

/** The suggest widget's rows and its details pane. */
export function suggestWidget(page: Page): { rows: Locator; focused: Locator; details: Locator } {
  const widget = page.locator('.monaco-editor .suggest-widget.visible');
  return {
    rows: widget.locator('.monaco-list-row'),
    focused: widget.locator('.monaco-list-row.focused'),
    details: page.locator('.monaco-editor .suggest-details-container .suggest-details'),
  };
}

/** Opens the code action menu at the cursor and applies the action titled `title`, by keyboard. */
export async function applyCodeAction(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const wanted = rows.filter({ hasText: title });
  await wanted.waitFor({ timeout: STEP_TIMEOUT });
  // The menu's overlay swallows clicks, as it does for a person's mouse outside the menu; arrows work.
  for (
    let i = await rows.count();
    i > 0 && !(await wanted.evaluate((row) => row.classList.contains('focused')));
    i--
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

/** Moves the mouse onto `word` in the rendered line that contains `fragment` (tokens may span many words). */
export async function hoverWord(page: Page, fragment: string, word: string): Promise<void> {
  const box = await page.evaluate(
    ({ fragment, word }) => {
      const lines = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'));
      const line = lines.find((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(fragment));
      if (!line) return undefined;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return undefined;
    },
    { fragment, word },
  );
  if (!box) throw new Error(`'${word}' is not on a visible line with '${fragment}'`);
  await page.mouse.move(box.x, box.y);
}

/**
 * Hovers `word` on the visible line with `fragment` with the mouse until the editor shows a hover
 * and it has finished fading in. In CI, VS Code has let a mouse move pass without a hover, and has
 * hidden a hover as it faded in (with the suggest widget open, while the server's diagnostics for
 * the typed text came in); a person would move away and back, and so does this, a few times.
 */
export async function hoverWordUntilShown(
  page: Page,
  fragment: string,
  word: string,
  attempts = 4,
): Promise<Locator> {
  const hover = hoverWidget(page);
  const timeout = STEP_TIMEOUT / attempts;
  for (let attempt = 1; ; attempt++) {
    await hoverWord(page, fragment, word);
    try {
      await hover.waitFor({ timeout });
      // The hover fades in even with reduced motion; a picture should show it whole.
      await hover.evaluate(
        (el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
        undefined,
        {
          timeout,
        },
      );
      return hover;
    } catch (error) {
      if (attempt === attempts)
        throw new Error(
          `no steady hover over '${word}' after ${attempts} mouse moves: ${(error as Error).message}`,
        );
      await page.mouse.move(0, 0);
    }
  }
}

/** Whether the active editor's text contains `text`, asked of its Find widget (lines off screen are not rendered). */
export async function findInEditor(page: Page, text: string): Promise<boolean> {
  await page.keyboard.press('Control+F');
  const input = page
    .locator('.editor-widget.find-widget.visible textarea, .editor-widget.find-widget.visible input')
    .first();
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(text);
  const count = page.locator('.editor-widget.find-widget.visible .matchesCount');
  await count.filter({ hasText: /\d+ of \d+|No results/ }).waitFor({ timeout: STEP_TIMEOUT });
  const found = !/No results/.test(await count.innerText());
  await page.keyboard.press('Escape');
  return found;
}
