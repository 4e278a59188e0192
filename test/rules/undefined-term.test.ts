import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/analysis/analyze.js';
import { applyFixes } from '../../server/analysis/fixes.js';
import { undefinedTerm } from '../../server/rules/undefined-term.js';
import { designExample, readRepo } from '../helpers.js';
import { LineIndex } from '../../grammar/index.js';
import type { Finding } from '../../server/analysis/types.js';

/** Where a finding starts (or ends) in `text`. */
function offsetOf(text: string, f: Finding, side: 'start' | 'end' = 'start'): number {
  const lines = new LineIndex(text);
  const { line, character } = f.range[side];
  return lines.starts[line]! + character;
}
import { ruleTester } from './rule-tester.js';

const defs = [
  'define MPD as agency "City of Madison Police Department".',
  'define Officer as member of MPD.',
  'define Commander as member of MPD.',
  'define OIC as member of MPD "Officer in Charge".',
  'define "Chief of Police" as member of MPD.',
  'define ICE as immigration authority "United States Immigration and Customs Enforcement".',
  'define "serious crime" as term: an offense listed in §2.5.',
].join('\n');
/** `defs` plus one more definition: where the quick fix inserts its line. */
const withDefinition = (line: string) => `${defs}\n${line}`;

ruleTester(undefinedTerm, {
  valid: [
    {
      name: "a quoted hedge or loophole is that rule's finding, not a term to define (probe round 15)",
      code: `${defs}\n2.6 Officers shall notify a Commander "where practicable".\n2.7 Officers shall not "routinely" notify ICE.`,
    },
    { name: 'the DESIGN example', code: designExample() },
    {
      name: 'the parties to an agreement name nobody who needs defining, as "Any person" does (probe round 17)',
      code: `${defs}\n2.2 Either party may terminate this agreement at any time upon written notice to the other party.\n2.3 The parties shall review this agreement each year.`,
    },
    `${defs}\n2.1 Officers shall obtain approval from a Commander or OIC before detaining any individual.`,
    `${defs}\n2.2 The Chief of Police shall report every request of ICE to the Commanders.`,
    {
      name: 'quotations that are no terms: speech, a time, a term mentioned (probe round 9)',
      code: `${defs}\n2.5 Officers shall record each warning given, such as "Police — stop or I will use the taser", in the report.\n2.6 Officers shall note the time of arrival, "10:42 p.m.", in the log.\n2.7 Officers shall not use the term "illegal alien" in any report.`,
    },
    {
      name: 'the people of a defined immigration authority (probe round 9)',
      code: `${defs}\n2.8 ICE agents may not enter the secure area.\n2.9 No ICE officer shall interview any person in custody.`,
    },
    {
      name: 'a phrase of circumstance before the subject is no subject',
      code: `${defs}\n2.3 Consistent with 8 C.F.R. § 287.7(d), the Chief of Police shall not hold any person for ICE.\n2.4 In cooperation with a Commander, Officers may share records.`,
    },
    {
      name: 'courts and codes of other law, and things as subjects, need no definition',
      code: `${defs}\n2.9 Nothing in this policy prohibits MPD from detaining a person under a warrant issued by a judge of the Superior Court.\n2.10 MPD shall comply with the California Penal Code and the General Statutes.\n2.11 The carve-outs in §2.9 apply to every request.`,
    },
    {
      name: 'the personnel or staff of a defined agency are its members',
      code: `${defs}\n2.17 MPD personnel are prohibited from stopping any person on the basis of immigration status.\n2.18 MPD staff shall not ask about immigration status.`,
    },
    {
      name: 'a bounded number of things, plural things, and an adverb before the modal are no actors',
      code: `${defs}\n4.6 No more than two police vehicles shall take part in a pursuit.\n4.19 Unmarked vehicles shall withdraw from a pursuit.\n7.15 Appeals of a sustained finding shall follow §4.6.\n2.16 Officers generally shall not discharge a firearm.`,
    },
    {
      name: 'an acronym inside a defined name, or in the name of a law',
      code: `${defs}\ndefine "TRUTH Act notice" as document.\n2.14 Officers shall give each person a TRUTH Act notice.\n2.15 Officers shall comply with the REAL ID Act.`,
    },
    {
      name: 'New York names its laws "… Law"',
      code: `${defs}\n2.12 Officers shall not arrest any person attending court, as Civil Rights Law § 28 provides.\n2.13 Officers shall comply with the Judiciary Law.`,
    },
    {
      name: 'a person "in" custody, "Nothing herein", "the Department": nobody to define',
      code: `${defs}\n2.6 Any person in MPD custody is free to decline an interview.\n2.7 Nothing herein shall be construed to require a warrant.\n2.8 The Department shall publish this policy.`,
    },
    {
      name: 'a definition in prose defines what comes before its "means" or "refers to"',
      code: `${defs}\n1.3 "Transfer request" refers to a request from ICE that MPD shall transfer a person to ICE custody.\n1.4 "Release date" means the date on which MPD may release a person from custody.`,
    },
    {
      name: 'a subject that is a thing, with a participle after it, names no actor',
      code: `${defs}\n2.3 The training required by §2.1 shall cover the limits of this policy.\n2.4 The records kept under §2.1 shall not include immigration status.\n2.5 The report shall state the number of requests.`,
    },
    {
      name: 'a name the header gives (jurisdiction, agency) needs no definition',
      code: `policy "Immigration"\n  agency: "Riverton Police Department"\n  jurisdiction: "City of Riverton, Wisconsin"\n\n${defs}\n2.9 MPD shall not use any funds of the City of Riverton for immigration enforcement.`,
    },
    {
      name: 'treaties and statutes are known names',
      code: `${defs}\n2.10 Officers shall give each foreign national the notice the Vienna Convention on Consular Relations requires under the INA.`,
    },
    {
      name: 'a leading "Upon …," is a condition, not part of the subject',
      code: `${defs}\n2.11 Upon receipt of a request from ICE, the Chief of Police shall notify a Commander.`,
    },
    {
      name: 'languages are known names',
      code: `${defs}\n2.9 MPD shall publish this policy in English, Spanish and Hmong and in American Sign Language.`,
    },
    {
      name: 'long names and possessives resolve to their definitions',
      code: `${defs}\n2.3 MPD's officers shall notify the Officer in Charge (OIC), never the United States Immigration and Customs Enforcement.`,
    },
    {
      name: 'citations, abbreviations, known names and common acronyms need no definition',
      code: `${defs}\n2.4 MPD shall not enter into any Section 287(g) agreement under 8 U.S.C. § 1357(g) or honor Form I-247A, e.g. in January and February, under the Fourth Amendment, in the US, at 5 PM.`,
    },
    {
      name: 'capitals that only open a sentence, a list item or a pre-qualifier',
      code: `${defs}\n2.5 When time and circumstances permit, an officer shall obtain approval\n    only if any of:\n      a. The individual is arrested for a serious crime;\n      b. Any Commander approves.`,
    },
    {
      name: 'a quoted defined term, plural and case folded',
      code: `${defs}\n2.6 Officers shall report "Serious Crimes" to the OIC.`,
    },
    {
      name: 'a passive subject is missing-actor’s, generic subjects name nobody in particular',
      code: `${defs}\n2.7 Approval shall be obtained from a Commander.\n2.8 Any person may file a complaint with MPD.\n2.9 Nothing in this policy shall prevent an officer from calling for help.`,
    },
    {
      name: 'emphasis in capitals is not an acronym',
      code: `${defs}\n2.10 Officers shall NEVER ask about immigration status.`,
    },
    {
      name: 'a note is prose: only acronyms count there',
      code: `${defs}\nnote: The Mayor and the Common Council adopted this policy for MPD.`,
    },
  ],
  invalid: [
    {
      name: 'a quoted term whose full stop stands inside the closing quote, without the stop',
      code: `${defs}\n2.9 Officers shall not ask for a document called a “green card.”`,
      errors: [{ messageId: 'term', line: 8, column: 53, text: 'green card' }],
      output:
        withDefinition('define "green card" as term.') +
        `\n2.9 Officers shall not ask for a document called a “green card.”`,
    },
    {
      name: 'a name with "on" inside is one name',
      code: `${defs}\n2.9 Officers shall give each detained person the notice the Board on Police Practices requires.`,
      errors: [
        {
          message: "'Board on Police Practices' is not defined; define it or use a defined name",
          line: 8,
          column: 61,
          text: 'Board on Police Practices',
        },
      ],
      output:
        withDefinition('define "Board on Police Practices" as term.') +
        `\n2.9 Officers shall give each detained person the notice the Board on Police Practices requires.`,
    },
    {
      name: 'a name the header does not give',
      code: `policy "Immigration"\n  jurisdiction: "City of Riverton, Wisconsin"\n\n${defs}\n2.9 MPD shall report to the City of Verona each year.`,
      errors: [{ messageId: 'term', line: 11, column: 29, text: 'City of Verona' }],
      output: `policy "Immigration"\n  jurisdiction: "City of Riverton, Wisconsin"\n\n${withDefinition('define "City of Verona" as term.')}\n2.9 MPD shall report to the City of Verona each year.`,
    },
    {
      name: 'DESIGN §4: "Commanding Officer" when only Commander is defined',
      code: `${defs}\n2.4 Officers shall obtain approval from a Commanding Officer before detaining any individual.`,
      errors: [{ messageId: 'actor', line: 8, column: 43, text: 'Commanding Officer' }],
      output:
        withDefinition('define "Commanding Officer" as member of MPD.') +
        '\n2.4 Officers shall obtain approval from a Commanding Officer before detaining any individual.',
    },
    {
      name: 'a capitalised modifier at the start of the sentence makes a new actor',
      code: `${defs}\n2.5 Commanding Officers shall approve every detention.`,
      errors: [
        {
          message:
            "'Commanding Officer' is not defined, so nobody can tell who is meant; define it or use a defined name",
          line: 8,
          column: 5,
          text: 'Commanding Officers',
        },
      ],
      output:
        withDefinition('define "Commanding Officer" as member of MPD.') +
        '\n2.5 Commanding Officers shall approve every detention.',
    },
    {
      name: 'a long undefined office, once per clause, set apart from a defined name',
      code: `${defs}\n2.7 Notification shall only be made after contacting the Chief of Police and the Assistant Chief of Support and Community Outreach,\n    who shall inform the Assistant Chief of Support and Community Outreach.`,
      errors: [
        {
          messageId: 'actor',
          line: 8,
          column: 82,
          text: 'Assistant Chief of Support and Community Outreach',
        },
      ],
      output:
        withDefinition('define "Assistant Chief of Support and Community Outreach" as member of MPD.') +
        '\n2.7 Notification shall only be made after contacting the Chief of Police and the Assistant Chief of Support and Community Outreach,\n    who shall inform the Assistant Chief of Support and Community Outreach.',
    },
    {
      name: 'the subject of a norm: the head noun decides',
      code: `${defs}\n2.8 MPD supervisors shall review each detention.`,
      errors: [{ messageId: 'actor', line: 8, column: 9, text: 'supervisors' }],
      output:
        withDefinition('define Supervisor as member of MPD.') +
        '\n2.8 MPD supervisors shall review each detention.',
    },
    {
      name: 'acronyms in a clause and a note; an immigration agency becomes an immigration authority',
      code: `${defs}\n2.9 Officers shall not contact DHS or the FBI's field office.\nnote: Requests from HSI go to the OIC.`,
      errors: [
        { messageId: 'term', line: 8, column: 32, text: 'DHS' },
        { messageId: 'term', line: 8, column: 43, text: 'FBI' },
        { messageId: 'term', line: 9, column: 21, text: 'HSI' },
      ],
      output:
        withDefinition('define DHS as immigration authority.') +
        "\n2.9 Officers shall not contact DHS or the FBI's field office.\nnote: Requests from HSI go to the OIC.",
    },
    {
      name: 'a quoted term in a clause',
      code: `${defs}\n2.10 Officers shall complete a "field interview card" after each encounter.`,
      errors: [{ messageId: 'term', line: 8, column: 33, text: 'field interview card' }],
      output:
        withDefinition('define "field interview card" as term.') +
        '\n2.10 Officers shall complete a "field interview card" after each encounter.',
    },
    {
      name: 'without definitions the new one goes after the header, in a document with CRLF line ends',
      code: 'policy "Detention"\r\n  effective: 2026-01-01\r\n\r\nsection 2 "Procedure"\r\n  2.1 The Sergeant shall approve each detention.\r\n',
      errors: [{ messageId: 'actor', line: 5, column: 11, text: 'Sergeant' }],
      output:
        'policy "Detention"\r\n  effective: 2026-01-01\r\n\r\ndefine Sergeant as term.\r\n\r\nsection 2 "Procedure"\r\n  2.1 The Sergeant shall approve each detention.\r\n',
    },
    {
      name: 'after the last definition, in a document whose lines end in CR alone (probe round 15)',
      code: 'policy "Detention"\rdefine MPD as agency.\rsection 2 "Procedure"\r  2.1 The Sergeant shall approve each detention.\r',
      errors: [{ messageId: 'actor', line: 4, column: 11, text: 'Sergeant' }],
      output:
        'policy "Detention"\rdefine MPD as agency.\rdefine Sergeant as member of MPD.\rsection 2 "Procedure"\r  2.1 The Sergeant shall approve each detention.\r',
    },
    {
      name: 'without header or definitions it goes on top, above the comments that lead into the first clause',
      code: '// redline-disable-next-line weak-modal -- advisory\n2.1 The Sergeant should approve each detention.\n',
      errors: [{ messageId: 'actor', line: 2, column: 9, text: 'Sergeant' }],
      output:
        'define Sergeant as term.\n\n// redline-disable-next-line weak-modal -- advisory\n2.1 The Sergeant should approve each detention.\n',
    },
    {
      name: 'indented definitions keep their indentation and trailing comments',
      code: '  define MPD as agency. // the department\n  define Officer as member of MPD.\n  2.1 Officers shall notify the Watch Commander.\n',
      errors: [{ messageId: 'actor', line: 3, column: 33, text: 'Watch Commander' }],
      output:
        '  define MPD as agency. // the department\n  define Officer as member of MPD.\n  define "Watch Commander" as member of MPD.\n  2.1 Officers shall notify the Watch Commander.\n',
    },
  ],
});

describe('undefined-term on the corpus', () => {
  it('every quick fix parses and leaves the term defined', () => {
    const code = `${defs}\n2.1 Commanding Officers shall notify DHS, the "request log" and the Gang Unit.`;
    const { findings } = analyze(code, { rules: [undefinedTerm] });
    assert.equal(findings.length, 4);
    for (const f of findings) {
      const fixed = applyFixes(code, [f]);
      assert.deepEqual(parse(fixed).errors, []);
      const after = analyze(fixed, { rules: [undefinedTerm] }).findings;
      assert.equal(
        after.length,
        3,
        `after '${f.fixes![0]!.title}': ${after.map((x) => x.message).join(' | ')}`,
      );
    }
  });

  it('finds names and acronyms against punctuation, across lines and in capitals beyond ASCII', () => {
    // A run's words are only made when its text could hold a name: these must still be found.
    const code = `${defs}\n2.1 Officers shall inform the (Équipe Spéciale) and\n    the liaison of (CBP),\n    never the\n    Gang Unit.`;
    const flagged = (text: string) =>
      analyze(text, { rules: [undefinedTerm] }).findings.map((f) =>
        text.slice(offsetOf(text, f), offsetOf(text, f, 'end')),
      );
    assert.deepEqual(flagged(code), ['Équipe Spéciale', 'CBP', 'Gang Unit']);
    // Capitalised words that are no phrase (apart, or one alone) and words with one capital each.
    assert.deepEqual(
      flagged(`${defs}\n2.2 Officers shall inform the Commander (Ça va) and the Sergeant\n    of it.`),
      [],
    );
  });

  it('finds nothing in the Madison SOP transcription, whose offices are all defined', () => {
    const { findings } = analyze(readRepo('clauses', 'madison-sop-2025.policy'), { rules: [undefinedTerm] });
    assert.deepEqual(
      findings.map((f) => f.message),
      [],
    );
  });
});
