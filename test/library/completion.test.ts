import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ClauseLibrary } from '../../server/library/clause-library.js';
import { completeAt, entryOf, origin, shippedLibrary, SPRINGFIELD, withCursor } from './support.js';

let library: ClauseLibrary;
before(async () => {
  library = await shippedLibrary();
});

const of = <T extends { kind: string }>(kind: string, items: T[]): T[] =>
  items.filter((i) => i.kind === kind);

describe('whole clauses at a clause start', () => {
  it('offers clauses of the section being written, with provenance in the detail', () => {
    const { items, isIncomplete } = completeAt(
      library,
      `${SPRINGFIELD}\nsection 3 "Detention, Arrest and Detainers"\n  3.1 <|>`,
    );
    const clauses = of('clause', items);
    assert.ok(clauses.length >= 5);
    assert.equal(isIncomplete, true);
    const top = entryOf(library, clauses[0]!)!;
    assert.equal(top.sectionTitle, 'Detention, Arrest and Detainers');
    assert.match(clauses[0]!.detail, /Model Policy \(Redline\) §3\.\d · prohibition/);
    assert.deepEqual(clauses[0]!.replace, {
      offset: withCursor(`${SPRINGFIELD}\nsection 3 "Detention, Arrest and Detainers"\n  3.1 <|>`).offset,
      end: clauses[0]!.replace.end,
    });
  });

  it('ranks by the partial word typed and replaces it', () => {
    const marked = `${SPRINGFIELD}\nsection 2 "Procedure"\n  2.1 287<|>`;
    const { items } = completeAt(library, marked);
    const top = of('clause', items)[0]!;
    assert.match(top.label, /287\(g\)/);
    const { offset } = withCursor(marked);
    assert.deepEqual(top.replace, { offset: offset - 3, end: offset });
  });

  it("writes the drafter's agency instead of the library's (MPD, the Department → SPD)", () => {
    const { items } = completeAt(library, `${SPRINGFIELD}\nsection 5 "Agreements"\n  5.1 SPD<|>`);
    const clauses = of('clause', items);
    const madison = clauses.find((i) => origin(library, i) === 'clauses/madison-sop-2025.policy §2.4')!;
    // Line breaks follow the corpus file's layout; the words are what is tested.
    assert.equal(
      madison.insertText.replace(/\s+/g, ' '),
      "${1:SPD} will refrain from entering into Section 287(g) agreements as they are not consistent with furthering ${1:SPD}'s policing philosophy.",
    );
    const model = clauses.find((i) => origin(library, i) === 'clauses/model-safeguards.policy §5.4')!;
    assert.equal(
      model.insertText,
      '${1:SPD} shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g).',
    );
    assert.equal(
      model.label,
      'SPD shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g).',
    );
    assert.ok(
      clauses.every((i) => !/\bMPD\b|\bDepartment\b/.test(i.insertText)),
      'no library agency name is left',
    );
  });

  it('keeps the library agency as a placeholder when the draft defines none, and marks undefined actors', () => {
    const { items } = completeAt(library, 'section 2 "Procedure"\n  2.6 When time<|>');
    const hedged = of('clause', items).find(
      (i) => origin(library, i) === 'clauses/madison-sop-2025.policy §2.6',
    )!;
    assert.match(
      hedged.insertText,
      /an \$\{1:officer\} should obtain approval from a \$\{2:commander\} or\s+\$\{3:Officer in Charge\} \(\$\{4:OIC\}\)/,
    );
    const { items: agencyItems } = completeAt(library, 'section 2 "Procedure"\n  2.2 immigration-related<|>');
    const accordingly = agencyItems.find(
      (i) => origin(library, i) === 'clauses/madison-sop-2025.policy §2.2',
    )!;
    assert.match(
      accordingly.insertText,
      /^\$\{1:MPD\} will not undertake/,
      'the preface "Accordingly," is not part of the clause',
    );
  });
});

describe('actions after SUBJECT MODAL', () => {
  it('ranks the stronger of two clauses on status inquiry first (2.9 Officers shall not inquire)', () => {
    const { items } = completeAt(
      library,
      `${SPRINGFIELD}\nsection 2 "Procedure"\n  2.9 Officers shall not inquire<|>`,
    );
    const actions = of('action', items).map((i) => origin(library, i));
    const model = actions.indexOf('clauses/model-safeguards.policy §2.1');
    const madison = actions.indexOf('clauses/madison-sop-2025.policy §2.11');
    assert.ok(model >= 0 && madison >= 0, actions.join('\n'));
    assert.ok(model < madison, `the model clause ranks first:\n${actions.join('\n')}`);
    const weak = of('action', items)[madison]!;
    assert.match(weak.detail, /prohibition · loophole-qualifier/);
    assert.equal(
      weak.insertText,
      'routinely inquire into the immigration status of persons encountered during police operations.',
    );
  });

  it('draws only on clauses of the same force family', () => {
    const { items } = completeAt(library, `${SPRINGFIELD}\n  2.9 Officers shall not <|>`);
    const actions = of('action', items);
    assert.ok(actions.length >= 10);
    for (const a of actions)
      assert.ok(['prohibition', 'discouragement'].includes(entryOf(library, a)!.verdict.force), a.detail);
    const { items: may } = completeAt(library, `${SPRINGFIELD}\n  2.9 Officers may <|>`);
    for (const a of of('action', may))
      assert.equal(entryOf(library, a)!.verdict.force, 'permissive', a.detail);
  });

  it('keeps the clause after the action, judicial warrant included, and leaves out the period before text', () => {
    const { items } = completeAt(library, `${SPRINGFIELD}\n  2.9 SPD shall not share<|>`);
    const top = of('action', items)[0]!;
    assert.equal(origin(library, top), 'clauses/milwaukee-sop130-voces-proposal.policy §130.10');
    assert.equal(
      top.insertText,
      'share information with ICE or help ICE detain any person unless presented with a judicial warrant signed by a federal or state judge.',
    );
    const { items: inside } = completeAt(library, `${SPRINGFIELD}\n  2.9 SPD shall not share<|> // draft`);
    assert.ok(!of('action', inside)[0]!.insertText.endsWith('.'));
  });
});

describe('conditions after a qualifier', () => {
  it('offers judicial warrants after unless, from the library and built in', () => {
    const { items } = completeAt(
      library,
      `${SPRINGFIELD}\n  2.9 SPD shall not notify ICE of a release date unless <|>`,
    );
    const conditions = of('condition', items);
    for (const c of conditions.slice(0, 5)) assert.match(c.label, /judicial warrant/);
    assert.ok(
      conditions.some(
        (c) => c.label === 'a judicial warrant signed by a federal or state judge is presented',
      ),
    );
    const milwaukee = conditions.find(
      (c) => origin(library, c) === 'clauses/milwaukee-sop130-voces-proposal.policy §130.10',
    )!;
    assert.equal(milwaukee.label, 'presented with a judicial warrant signed by a federal or state judge');
    assert.match(milwaukee.detail, /^unless · Milwaukee Police Department §130\.10 · judicial warrant/);
  });

  it('completes a condition being typed, in list items too', () => {
    const { items } = completeAt(
      library,
      `${SPRINGFIELD}\n  2.9 Officers may accept a passport as proof of identity only if the person off<|>`,
    );
    assert.equal(of('condition', items)[0]!.label, 'the person offers it voluntarily');
    const listed = completeAt(
      library,
      `${SPRINGFIELD}\n  2.9 SPD may cooperate with ICE\n      only if any of:\n        a. <|>`,
    );
    assert.match(of('condition', listed.items)[0]!.label, /judicial warrant/);
  });

  it('takes noun phrases after without', () => {
    const { items } = completeAt(
      library,
      `${SPRINGFIELD}\n  2.9 SPD shall not transfer any person to ICE without <|>`,
    );
    assert.equal(of('condition', items)[0]!.label, 'a judicial warrant signed by a federal or state judge');
  });
});

describe('names and references', () => {
  it("offers the draft's defined names in prose, replacing the word typed", () => {
    const marked = `${SPRINGFIELD}\nsection 1 "Purpose"\n  note: The <|>`;
    const { items, isIncomplete } = completeAt(library, marked);
    assert.deepEqual(
      items.map((i) => [i.kind, i.label, i.detail]),
      [
        ['name', 'SPD', 'agency "Springfield Police Department"'],
        ['name', 'Officer', 'member of SPD'],
        ['name', 'ICE', 'immigration authority "United States Immigration and Customs Enforcement"'],
      ],
    );
    assert.equal(isIncomplete, false);
    assert.equal(library.resolve(items[1]!.data), '**Officer** — member of SPD');
  });

  it('offers the clauses of the draft after §', () => {
    const marked = `${SPRINGFIELD}\n  2.1 Officers shall not arrest any person for a civil immigration violation.\n  2.2 Officers shall not detain any person for a reason listed in §<|>`;
    const { items } = completeAt(library, marked);
    assert.deepEqual(
      items.map((i) => [i.label, i.insertText, i.detail]),
      [['§2.1', '2.1', 'Officers shall not arrest any person for a …']],
    );
    assert.match(
      library.resolve(items[0]!.data)!,
      /2\.1 Officers shall not arrest any person for a civil immigration violation\./,
    );
  });

  it('offers nothing inside comments, clause numbers and finished clauses', () => {
    assert.deepEqual(completeAt(library, `${SPRINGFIELD}\n// 2.9 Officers shall not <|>`).items, []);
    assert.deepEqual(completeAt(library, `${SPRINGFIELD}\n  2.9<|>`).items, []);
    assert.deepEqual(
      completeAt(library, `${SPRINGFIELD}\n  2.9 Officers shall not arrest anyone.<|>`).items,
      [],
    );
  });
});

describe('documentation', () => {
  it('resolves the clause text, its provenance and its verdict', () => {
    const { items } = completeAt(library, `${SPRINGFIELD}\n  2.9 Officers shall not inquire<|>`);
    const strong = of('action', items).find(
      (i) => origin(library, i) === 'clauses/model-safeguards.policy §2.1',
    )!;
    const doc = library.resolve(strong.data)!;
    // The clause as the corpus lays it out (line breaks vary as the file is edited).
    assert.match(
      doc.replace(/\s+/g, ' '),
      /^```policy 2\.1 Officers shall not inquire about the immigration status of any person, including a victim or a witness\. ```/,
    );
    assert.match(
      doc,
      /\*Cooperation with Federal Immigration Enforcement\* — Model Policy \(Redline\), §2\.1/,
    );
    assert.match(
      doc,
      /\[clauses\/model-safeguards\.policy:\d+\]\(file:\/\/\/.*clauses\/model-safeguards\.policy#L\d+\)/,
    );
    assert.match(doc, /\*\*Verdict:\*\* prohibition · no findings/);
    const weak = of('action', items).find(
      (i) => origin(library, i) === 'clauses/madison-sop-2025.policy §2.11',
    )!;
    const weakDoc = library.resolve(weak.data)!;
    assert.match(weakDoc, /City of Madison Police Department, §2\.11, effective 2025-12-30/);
    assert.match(
      weakDoc,
      /Weaker than it looks:\n- `loophole-qualifier`: 'routinely' shrinks the prohibition/,
    );
  });

  it('resolves conditions and built-ins, and nothing for unknown ids', () => {
    const { items } = completeAt(library, `${SPRINGFIELD}\n  2.9 SPD shall not notify ICE unless <|>`);
    const builtin = items.find((i) => i.data.startsWith('builtin:'))!;
    assert.match(library.resolve(builtin.data)!, /Built-in condition/);
    const fromLibrary = items.find((i) => i.data.startsWith('condition:'))!;
    assert.match(library.resolve(fromLibrary.data)!, /\*\*Condition:\*\* requires a judicial warrant/);
    assert.equal(library.resolve('clause:nowhere#1'), undefined);
  });
});
