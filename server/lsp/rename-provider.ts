/**
 * Rename a defined name, a clause number or a section number, with every reference to it.
 * A use keeps its ending: renaming Officer to Deputy turns `Officers` into `Deputys` and `Officer's`
 * into `Deputy's` — only the stem is replaced, so irregular plurals are the drafter's to fix
 * (`-ies` plurals of a name ending in `y` are handled). A multi-word new name for a one-word
 * definition is quoted in the `define`.
 */
import { ResponseError, ErrorCodes, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentFacts } from './document-facts.js';
import { rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';
import { occurrences, repeatsNumber, targetAt, type Target } from './symbols-at.js';

const QUOTES = /^(["“”‘]?)([^]*?)(["“”’]?)$/;
const CANNOT = 'Only a defined name, a clause number or a section number can be renamed here.';

/**
 * A name the parser reads back as one: words of letters and digits (with inner hyphens and
 * apostrophes) separated by blanks. Punctuation would end it ("Sergeant, Deputy", "Sergeant;") or
 * start a comment ("// x"), and a quote would end its string.
 */
const NAME = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?: [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)*$/u;
/** Words the grammar reads as a modal, a negation, a qualifier or a keyword wherever they stand. */
const RESERVED = new Set(
  'shall must may should will can cannot not no neither nor as if unless when whenever where wherever except only before after without upon barring define section policy note'.split(
    ' ',
  ),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `use` (a use of `oldName`) with `newName` in its place, keeping its plural or possessive ending. */
export function renameUse(use: string, oldName: string, newName: string): string {
  const [, open = '', inner = '', close = ''] = QUOTES.exec(use) ?? [];
  const words = oldName.trim().split(/\s+/).map(escape);
  const stem = new RegExp(`^${words.join('\\s+')}`, 'i').exec(inner);
  let out: string;
  if (stem) out = newName + inner.slice(stem[0].length);
  else if (/ies$/i.test(inner) && /y$/i.test(oldName))
    out = /y$/i.test(newName) ? `${newName.slice(0, -1)}ies` : `${newName}s`;
  else out = newName;
  const lowerUse = /^[a-z]/.test(inner) && /^[A-Z]/.test(oldName) && !/^[A-Z0-9]+$/.test(newName);
  if (lowerUse) out = out[0]!.toLowerCase() + out.slice(1);
  return open + out + close;
}

function validate(facts: DocumentFacts, target: Target, newName: string): string | undefined {
  const name = newName.trim();
  if (target.kind === 'definition') {
    if (!NAME.test(name) || name.split(/\s+/).some((w) => RESERVED.has(w.toLowerCase())))
      return `'${newName}' cannot be a defined name: use words of letters and digits, none of them a modal, qualifier or keyword`;
    const def = facts.definitions[target.index];
    const clash = facts.definitions.find(
      (d, i) => i !== target.index && d.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) return `'${clash.name}' is already defined`;
    return def ? undefined : CANNOT;
  }
  const pattern = target.kind === 'clause' ? /^\d+(?:\.\d+)+$/ : /^\d+(?:\.\d+)*$/;
  if (!pattern.test(name))
    return target.kind === 'clause'
      ? `'${newName}' is not a clause number (like 2.5)`
      : `'${newName}' is not a section number`;
  const taken = (target.kind === 'clause' ? facts.clauses : facts.sections).some((x) => x.number === name);
  if (taken && name !== target.number)
    return `${target.kind === 'clause' ? '§' : 'section '}${name} already exists`;
  return undefined;
}

/** The edits that rename `target` to `newName`. */
export function renameEdits(facts: DocumentFacts, text: string, target: Target, newName: string): TextEdit[] {
  const name = newName.trim();
  return occurrences(facts, target).map(({ span, declaration }) => {
    let newText = name;
    if (target.kind === 'definition') {
      const def = facts.definitions[target.index]!;
      if (declaration) newText = !def.quoted && /\s/.test(name) ? `"${name}"` : name;
      else newText = renameUse(text.slice(span.offset, span.end), def.name, name);
    }
    return { range: rangeOf(facts, span), newText };
  });
}

/** Rename, with prepareRename. */
export const renameProvider: Provider = {
  capabilities: (client) => ({
    renameProvider: client.capabilities.textDocument?.rename?.prepareSupport
      ? { prepareProvider: true }
      : true,
  }),
  register(services) {
    services.connection.onPrepareRename(async ({ textDocument, position }, token) => {
      const current = await analysed(services, textDocument.uri, token);
      const at = current && targetAt(current.facts, current.document.offsetAt(position));
      if (!current || !at) throw new ResponseError(ErrorCodes.InvalidRequest, CANNOT);
      const placeholder =
        at.target.kind === 'definition' ? current.facts.definitions[at.target.index]!.name : at.target.number;
      return { range: rangeOf(current.facts, at.name), placeholder };
    });
    services.connection.onRenameRequest(
      async ({ textDocument, position, newName }, token): Promise<WorkspaceEdit | null> => {
        const current = await analysed(services, textDocument.uri, token);
        if (!current) return null;
        const at = targetAt(current.facts, current.document.offsetAt(position));
        if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, CANNOT);
        const problem = validate(current.facts, at.target, newName);
        if (problem) throw new ResponseError(ErrorCodes.InvalidRequest, problem);
        // A repeated clause number is renumbered alone: the references are the first clause's.
        const edits = repeatsNumber(current.facts, at)
          ? [{ range: rangeOf(current.facts, at.name), newText: newName.trim() }]
          : renameEdits(current.facts, current.document.getText(), at.target, newName);
        if (services.client.capabilities.workspace?.workspaceEdit?.documentChanges)
          return {
            documentChanges: [
              { textDocument: { uri: textDocument.uri, version: current.document.version }, edits },
            ],
          };
        return { changes: { [textDocument.uri]: edits } };
      },
    );
  },
};
