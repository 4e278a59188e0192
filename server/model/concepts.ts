/**
 * Conditions the immigration pack recognises by phrase, so that "a judicial warrant is presented"
 * and "the request is accompanied by a judicial warrant" are the same atom of a guard.
 */
import immigrationWords from '../rules/words/immigration.json' with { type: 'json' };
import { atom, not, type Guard } from './guards.js';
import type { Concept } from './norms.js';
import { compilePhrase } from './text.js';

interface WordFile {
  lists: Record<string, { phrases: string[] }>;
}

const lists = (immigrationWords as WordFile).lists;

/** A judicial warrant (or court order) is presented: the safeguard the immigration pack looks for. */
const judicialPhrases = lists['judicial-warrant']?.phrases ?? ['judicial warrant'];

export const judicialWarrant: Concept = {
  id: 'judicial-warrant',
  label: 'a judicial warrant is presented',
  negatedLabel: 'no judicial warrant is presented',
  patterns: judicialPhrases.map(compilePhrase),
  phrases: judicialPhrases,
  // Immigration courts and judges belong to the Department of Justice: their orders are administrative.
  voidedNear: /\bimmigration (?:court|judge)/,
};

/** The concepts every model is built with. */
export const defaultConcepts: Concept[] = [judicialWarrant];

/** The guard "no judicial warrant is presented", for asking whether something can happen without one. */
export const noJudicialWarrant: Guard = not(
  atom({
    id: judicialWarrant.id,
    label: judicialWarrant.label,
    offset: 0,
    end: 0,
    concept: judicialWarrant.id,
  }),
);
