import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import { indexDefinitions } from '../../server/model/index.js';

const index = (text: string) => {
  const doc = parse(text);
  return { doc, defs: indexDefinitions(doc) };
};

/** The names a clause's action uses, as "text → definition". */
function usesIn(text: string): string[] {
  const { doc, defs } = index(text);
  const run = doc.clauses[0]!.sentence.action;
  return defs.uses(run).map((u) => `${doc.text.slice(u.offset, u.end)} → ${u.definition.name.text}`);
}

describe('DefinitionIndex', () => {
  const defs = [
    'define MPD as agency "City of Madison Police Department".',
    'define Officer as member of MPD.',
    'define OIC as member of MPD "Officer in Charge".',
    'define ICE as immigration authority "United States Immigration and Customs Enforcement".',
    'define "Chief of Police" as member of MPD.',
  ].join('\n');

  it('folds plurals and possessives, matches acronyms exactly and phrases case-insensitively', () => {
    const { defs: d } = index(defs);
    assert.equal(d.lookupWord('Officers')?.name.text, 'Officer');
    assert.equal(d.lookupWord("MPD's")?.name.text, 'MPD');
    assert.equal(d.lookupWord('Mpd'), undefined);
    assert.equal(d.lookup('chief of police')?.name.text, 'Chief of Police');
  });

  it('resolves a long name to its definition, as a whole name and in prose', () => {
    const { defs: d } = index(defs);
    assert.equal(d.lookup('Officer in Charge')?.name.text, 'OIC');
    assert.equal(d.lookup('united states immigration and customs enforcement')?.name.text, 'ICE');
    assert.deepEqual(
      usesIn(
        `${defs}\n2.1 Officers shall notify the Officer in Charge and the United States Immigration and Customs Enforcement.`,
      ),
      ['Officer in Charge → OIC', 'United States Immigration and Customs Enforcement → ICE'],
    );
  });

  it('finds a name of one letter, and its plural, past the words it passes over unread', () => {
    assert.deepEqual(
      usesIn(
        'define X as role.\ndefine "Chief of Police" as role.\n2.1 Officers shall tell X, the Xs and the Chief of Police.',
      ),
      ['X → X', 'Xs → X', 'Chief of Police → Chief of Police'],
    );
  });

  it('lets a defined name win over another definition’s long name', () => {
    const text =
      'define MPD as agency "Department".\ndefine Department as agency "Milwaukee Police Department".\n';
    const { defs: d } = index(text);
    assert.equal(d.lookupWord('Department')?.name.text, 'Department');
    assert.equal(d.lookup('Milwaukee Police Department')?.name.text, 'Department');
  });

  it('finds a one-word long name case-insensitively, even for an acronym’s definition', () => {
    const { defs: d } = index('define MPD as agency "Department".\n');
    assert.equal(d.lookupWord('department')?.name.text, 'MPD');
    assert.equal(d.lookupWord('Departments')?.name.text, 'MPD');
  });
});
