/**
 * What completion needs to know about the document being drafted: its parse (kept while the text
 * does not change), its names, and the section the cursor is in.
 */
import { parse, type PolicyDocument, type Section } from '../../grammar/index.js';
import { indexDefinitions } from '../model/index.js';
import type { DrafterNames } from './snippet.js';

/** The draft around a cursor. */
export interface Draft {
  doc: PolicyDocument;
  names: DrafterNames;
  /** Every agency name the draft defines (they all match the library's `agency` token). */
  agencies: string[];
  section?: Section;
}

let last: { text: string; doc: PolicyDocument; names: DrafterNames; agencies: string[] } | undefined;

/** The draft `text` as seen from `offset`. */
export function draftAt(text: string, offset: number): Draft {
  if (last?.text !== text) {
    const doc = parse(text);
    const defs = doc.definitions;
    const agency = defs.find((d) => d.kind === 'agency')?.name.text;
    const authority = defs.find((d) => d.kind === 'immigration-authority')?.name.text;
    const names: DrafterNames = {
      ...(agency ? { agency } : {}),
      ...(authority ? { authority } : {}),
      defs: indexDefinitions(doc),
    };
    last = { text, doc, names, agencies: defs.filter((d) => d.kind === 'agency').map((d) => d.name.text) };
  }
  let section: Section | undefined;
  for (const s of last.doc.sections) if (s.offset < offset) section = s;
  return { doc: last.doc, names: last.names, agencies: last.agencies, ...(section ? { section } : {}) };
}
