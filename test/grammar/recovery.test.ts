import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';

const draft = (...lines: string[]) => lines.join('\n') + '\n';

describe('error recovery', () => {
  it('reports one error on a broken clause and parses the clauses around it', () => {
    const doc = parse(
      draft(
        'section 2 "Procedure"',
        '  2.1 Officers shall not detain an individual solely for a suspected violation of immigration law.',
        '  2.2 Officers shall not.',
        '  2.3 MPD may cooperate with ICE only if a judicial warrant is presented.',
      ),
    );
    assert.equal(doc.errors.length, 1);
    const [error] = doc.errors;
    assert.equal(error!.range.start.line, 2);
    assert.equal(error!.message, "expected an action after 'not', found '.'");
    assert.deepEqual(
      doc.clauses.map((c) => [c.number, c.sentence.modal?.force, c.sentence.action?.text ?? null]),
      [
        ['2.1', 'prohibition', 'detain an individual'],
        ['2.2', 'prohibition', null],
        ['2.3', 'permission', 'cooperate with ICE'],
      ],
    );
    assert.equal(doc.clauses[2]!.sentence.qualifiers[0]?.condition?.text, 'a judicial warrant is presented');
  });

  it("says a modal is missing in a 'No X …' prohibition", () => {
    const doc = parse(draft('2.1 No Officers detain anyone.', '2.2 MPD shall act.'));
    assert.equal(doc.errors.length, 1);
    assert.match(doc.errors[0]!.message, /^expected a modal such as shall, must or may after 'anyone'/);
    assert.equal(doc.clauses[1]?.sentence.modal?.text, 'shall');
  });

  it('asks for a subject when a clause starts with its modal', () => {
    const doc = parse(draft('2.1 shall not detain anyone.'));
    assert.match(
      doc.errors[0]!.message,
      /expected the subject of the sentence \(who must or may act\) after '2\.1', found 'shall'/,
    );
    assert.deepEqual(doc.errors[0]!.range, {
      start: { line: 0, character: 4 },
      end: { line: 0, character: 9 },
    });
  });

  it('asks for a period at the end of a clause, at the exact place', () => {
    const doc = parse(draft('2.1 Officers shall not ask about status', '2.2 MPD shall act.'));
    assert.equal(doc.errors.length, 1);
    assert.equal(doc.errors[0]!.message, "expected '.' to end clause 2.1");
    assert.deepEqual(doc.errors[0]!.range.start, { line: 0, character: 39 });
  });

  it('says a clause holds one sentence', () => {
    const doc = parse(
      draft('2.1 Officers shall not detain anyone. Officers shall not arrest anyone.', '2.2 MPD shall act.'),
    );
    assert.equal(doc.errors.length, 1);
    assert.match(
      doc.errors[0]!.message,
      /a clause holds one sentence: give 'Officers shall not arrest …' its own clause number/,
    );
    assert.equal(doc.errors[0]!.range.start.character, 38);
    assert.equal(doc.clauses.length, 2);
  });

  it('reports text outside any clause', () => {
    const doc = parse(
      draft('section 2 "Procedure"', 'Officers shall not detain anyone.', '2.2 MPD shall act.'),
    );
    assert.match(
      doc.errors[0]!.message,
      /text outside any clause: start 'Officers shall not detain …' with a clause number/,
    );
    assert.equal(doc.clauses.length, 1);
  });

  it('reports a list item with no list to belong to', () => {
    const doc = parse(draft('2.1 MPD shall act.', 'a. the individual is arrested;'));
    assert.match(doc.errors[0]!.message, /list item a\. must follow a qualifier list/);
  });

  it('checks header fields and dates', () => {
    const doc = parse(
      draft('policy "X"', '  effective: 2025-13-01', '  colour: blue', '  adopted: January 2017'),
    );
    assert.deepEqual(
      doc.errors.map((e) => [e.range.start.line, e.message]),
      [
        [1, "'2025-13-01' is not a calendar date"],
        [
          2,
          "unknown header field 'colour'; expected one of agency, jurisdiction, effective, adopted, revised, reviewed, supersedes, version",
        ],
        [3, "expected a date as YYYY-MM-DD in 'adopted', found 'January'"],
      ],
    );
  });

  it('checks definition kinds and the word "as"', () => {
    const doc = parse(
      draft('define ICE as thing "Immigration".', 'define MPD agency.', 'define Officer as member of MPD.'),
    );
    assert.deepEqual(
      doc.errors.map((e) => [e.range.start.line, e.message]),
      [
        [
          0,
          "unknown kind 'thing': expected agency, member of NAME, role, authority, immigration authority, term or document",
        ],
        [
          1,
          "expected 'as' and the kind of thing defined (agency, member of …, role, authority, term, document) after 'MPD', found 'agency'",
        ],
      ],
    );
    assert.equal(doc.definitions.find((d) => d.name.text === 'Officer')?.memberOf?.text, 'MPD');
  });

  it('does not take the names of Object.prototype for kinds', () => {
    const doc = parse(draft('define ICE as constructor.', 'define CBP as toString.'));
    assert.deepEqual(
      doc.errors.map((e) => [e.range.start.line, /^unknown kind '(\w+)'/.exec(e.message)?.[1]]),
      [
        [0, 'constructor'],
        [1, 'toString'],
      ],
    );
    // As for any unknown kind, the definition stands as a term.
    assert.deepEqual(
      doc.definitions.map((d) => d.kind),
      ['term', 'term'],
    );
  });

  it('asks for a section title', () => {
    const doc = parse(draft('section 2', '  2.1 MPD shall act.'));
    assert.match(doc.errors[0]!.message, /expected the section's title in quotes after '2'/);
    assert.equal(doc.clauses.length, 1);
  });

  it('says the header comes first when a policy line follows a clause', () => {
    const doc = parse('2.1 MPD shall act.\npolicy "Late title"\n2.2 MPD shall not detain anyone.\n');
    assert.deepEqual(
      doc.errors.map((e) => [e.range.start.line, e.message]),
      [[1, 'the header (policy "TITLE") must come first in the file, before any definition or clause']],
    );
    assert.deepEqual(
      doc.clauses.map((c) => c.number),
      ['2.1', '2.2'],
    );
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '',
      '\0\0\0',
      '"',
      '2.1',
      'define',
      'section 1 "',
      '§§§',
      '2.1 MPD shall only if any of:\n a.',
      '\u202e\u200f😀',
    ])
      assert.doesNotThrow(() => parse(text), JSON.stringify(text));
  });
});
