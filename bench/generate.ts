/**
 * Generates large, realistic policy documents for benchmarks: SOP-style clauses, strong and weak,
 * with varied actors, actions and conditions (a seeded generator, so every run sees the same text).
 */

const ACTORS = ['Officers', 'MPD', 'The Chief of Police', 'Commanders', 'An officer', 'Supervisors'];
/** Well-drafted clauses, the bulk of a real SOP. */
const STRONG = [
  '{actor} shall not inquire into the immigration status of any {person} {context}.',
  '{actor} shall not share {topic} of a {person} with ICE unless a judicial warrant is presented.',
  '{actor} may transfer custody of a {person} to ICE only if presented with a judicial warrant signed by a federal or state judge.',
  '{actor} shall document every request from ICE concerning {topic} within {n} hours.',
  '{actor} shall not detain or arrest a {person} solely for a suspected violation of immigration law.',
  '{actor} shall not ask a {person} to produce a passport or any immigration document {context}.',
  '{actor} shall not provide {resource} to ICE for the enforcement of immigration law.',
  '{actor} shall record the {record} of each {person} contacted {context} within {n} hours.',
  '{actor} shall complete training on {subject} every {n} months.',
  '{actor} shall give each {person} a written notice of {subject} in the language the {person} speaks.',
  '{actor} shall report each use of {resource} {context} to the {unit} within {n} days.',
  '{actor} must not disclose the {record} of a {person} to any federal agency without a judicial warrant.',
];
/** Clauses with the weaknesses Redline looks for. */
const WEAK = [
  '{actor} should obtain approval from a Commander before {activity} when time and circumstances permit.',
  '{actor} shall not routinely inquire into the immigration status of {person}s {context}.',
  '{actor} shall strive to inform the {person} of {subject} as soon as practicable.',
  '{actor} may notify ICE of the {record} of a {person} if the {person} is suspected of {crime}.',
  '{actor} shall not honor a civil immigration detainer unless the detainer is accompanied by a warrant.',
  '{actor} should review the {record} of each {person} {context} as appropriate.',
];
const PERSONS = [
  'individual',
  'person',
  'witness',
  'victim',
  'arrestee',
  'resident',
  'passenger',
  'driver',
  'tenant',
  'student',
  'worker',
  'patient',
  'visitor',
  'juvenile',
];
const CONTEXTS = [
  'during a traffic stop',
  'during a field interview',
  'at a school event',
  'in a hospital',
  'during a call for service',
  'at a courthouse',
  'during a search',
  'at a shelter',
  'at a checkpoint',
  'during booking',
  'at a community meeting',
  'during a welfare check',
  'at a transit station',
  'during a noise complaint',
  'at a workplace inspection',
];
const TOPICS = [
  'release dates',
  'home addresses',
  'court dates',
  'work schedules',
  'family members',
  'custody status',
  'booking records',
  'phone numbers',
  'email addresses',
  'vehicle records',
];
const RECORDS = [
  'release date',
  'home address',
  'booking photograph',
  'criminal history',
  'contact details',
  'place of work',
  'school enrollment',
  'medical records',
  'bail status',
];
const SUBJECTS = [
  'this policy',
  'language access',
  'the rights of crime victims',
  'de-escalation',
  'the U visa program',
  'consular notification',
  'the complaint procedure',
  'record retention',
];
const UNITS = [
  'Office of Professional Standards',
  'Records Unit',
  'Training Academy',
  'Community Outreach Unit',
  'Office of the Chief',
];
const CRIMES = [
  'a violent felony',
  'terrorism',
  'espionage',
  'a serious felony',
  'armed robbery',
  'arson',
  'kidnapping',
  'homicide',
];
const RESOURCES = [
  'personnel',
  'vehicles',
  'facilities',
  'equipment',
  'databases',
  'funds',
  'radio channels',
  'interview rooms',
];
const ACTIVITIES = [
  'detaining any individual',
  'searching any vehicle',
  'contacting ICE',
  'entering a residence',
  'seizing any document',
];

/** A small seeded PRNG (mulberry32), so generated documents are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = `policy "Generated Benchmark Policy"
  agency: "Example City Police Department"
  effective: 2025-12-30

define MPD as agency "Example City Police Department".
define Officer as member of MPD.
define Commander as member of MPD.
define Supervisor as member of MPD.
define "Chief of Police" as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".
define "judicial warrant" as term: a warrant issued and signed by a federal or state judge.
`;

/** A policy of `clauses` clauses in sections of 50, about a quarter of them weak. */
export function generatePolicy(clauses: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const out: string[] = [HEADER];
  for (let i = 0; i < clauses; i++) {
    const section = Math.floor(i / 50) + 1;
    if (i % 50 === 0) out.push(`\nsection ${section} "Procedure ${section}"`);
    const template = next() < 0.25 ? pick(WEAK) : pick(STRONG);
    const sentence = template
      .replace(/\{actor\}/g, () => pick(ACTORS))
      .replace(/\{person\}/g, () => pick(PERSONS))
      .replace(/\{context\}/g, () => pick(CONTEXTS))
      .replace(/\{topic\}/g, () => pick(TOPICS))
      .replace(/\{crime\}/g, () => pick(CRIMES))
      .replace(/\{resource\}/g, () => pick(RESOURCES))
      .replace(/\{activity\}/g, () => pick(ACTIVITIES))
      .replace(/\{record\}/g, () => pick(RECORDS))
      .replace(/\{subject\}/g, () => pick(SUBJECTS))
      .replace(/\{unit\}/g, () => pick(UNITS))
      .replace(/\{n\}/g, () => String(12 + Math.floor(next() * 60)))
      // Where a clause applies: real SOPs seldom repeat a clause word for word, and neither does this.
      .replace(/\.$/, () => (next() < 0.8 ? ` in precinct ${1 + Math.floor(next() * 60)}.` : '.'));
    out.push(`  ${section}.${(i % 50) + 1} ${wrap(sentence)}`);
  }
  return out.join('\n') + '\n';
}

function wrap(sentence: string): string {
  const words = sentence.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length > 80) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join('\n      ');
}

/**
 * Real drafting at scale: `policy` (a transcribed SOP) repeated until it holds `bytes`, its header
 * once, and each copy of its body numbered on from the last (section 1, 2, then 3, 4, …).
 */
export function repeatPolicy(policy: string, bytes: number): string {
  const bodyStart = policy.search(/^section /m);
  const header = policy.slice(0, bodyStart);
  const body = policy.slice(bodyStart);
  const sections = Math.max(...[...body.matchAll(/^section (\d+)/gm)].map((m) => Number(m[1])));
  const out = [header];
  let size = header.length;
  for (let copy = 0; size < bytes; copy++) {
    const shift = (n: string) => String(Number(n) + copy * sections);
    const renumbered = body
      .replace(/^section (\d+)/gm, (_, n: string) => `section ${shift(n)}`)
      .replace(/^(\s+)(\d+)\./gm, (_, indent: string, n: string) => `${indent}${shift(n)}.`);
    out.push(renumbered);
    size += renumbered.length;
  }
  return out.join('');
}
