/**
 * The action lexicon: which words name which action class, and how classes nest
 * (`notify` ⊑ `share-information` ⊑ `cooperate`). It is data (`lexicon/*.json`), so another policy
 * domain can add its own classes without touching code.
 */
import immigration from './lexicon/immigration.json' with { type: 'json' };
import { compilePhrase, flatten } from './text.js';

/** The JSON form of a lexicon file. */
export interface LexiconData {
  classes: Record<string, { parent?: string | null; label?: string; patterns: string[] }>;
  counterparts?: Record<string, string[]>;
}

/** One action found in a clause: its class and where it was named in the action text. */
export interface ActionMatch {
  class: string;
  /** Offsets into the flattened action text. */
  index: number;
  length: number;
}

interface CompiledClass {
  name: string;
  parent: string | undefined;
  label: string;
  patterns: RegExp[];
}

/** A compiled lexicon, shared by every document. */
export class ActionLexicon {
  private readonly classes = new Map<string, CompiledClass>();
  private readonly counterpartPatterns: [string, RegExp[]][] = [];

  constructor(data: LexiconData[]) {
    for (const file of data) {
      for (const [name, spec] of Object.entries(file.classes)) {
        const existing = this.classes.get(name);
        const patterns = spec.patterns.map(compilePhrase);
        if (existing) existing.patterns.push(...patterns);
        else
          this.classes.set(name, {
            name,
            parent: spec.parent ?? undefined,
            label: spec.label ?? name.replace(/-/g, ' '),
            patterns,
          });
      }
      for (const [name, patterns] of Object.entries(file.counterparts ?? {}))
        this.counterpartPatterns.push([name, patterns.map(compilePhrase)]);
    }
  }

  /** Plain words for a class, for messages: `notify`, `share information`. */
  label(name: string): string {
    return this.classes.get(name)?.label ?? name.replace(/-/g, ' ');
  }

  parent(name: string): string | undefined {
    return this.classes.get(name)?.parent;
  }

  /** The class and its ancestors, nearest first. */
  ancestors(name: string): string[] {
    const chain: string[] = [];
    for (let c: string | undefined = name; c && !chain.includes(c); c = this.parent(c)) chain.push(c);
    return chain;
  }

  /** True when `a` is `b` or nested inside it. */
  isWithin(a: string, b: string): boolean {
    return this.ancestors(a).includes(b);
  }

  /** True when one class contains the other (or they are the same). */
  overlaps(a: string, b: string): boolean {
    return this.isWithin(a, b) || this.isWithin(b, a);
  }

  /**
   * The most specific classes named in `text`: "detain or arrest" gives detain and arrest;
   * "notify ICE of release dates" gives notify, not also its ancestor share-information.
   */
  classify(text: string): ActionMatch[] {
    const flat = flatten(text);
    const found: ActionMatch[] = [];
    for (const c of this.classes.values()) {
      for (const re of c.patterns) {
        re.lastIndex = 0;
        const m = re.exec(flat);
        if (m) {
          found.push({ class: c.name, index: m.index, length: m[0].length });
          break;
        }
      }
    }
    // Drop a class when a more specific one was also found (share-information when notify is).
    return found
      .filter((f) => !found.some((g) => g !== f && g.class !== f.class && this.isWithin(g.class, f.class)))
      .sort((a, b) => a.index - b.index);
  }

  /** The counterpart named in `text` (ICE, "federal immigration authorities"), if any. */
  counterpart(text: string): string | undefined {
    const flat = flatten(text);
    for (const [name, patterns] of this.counterpartPatterns)
      if (
        patterns.some((re) => {
          re.lastIndex = 0;
          return re.test(flat);
        })
      )
        return name;
    return undefined;
  }

  get classNames(): string[] {
    return [...this.classes.keys()];
  }
}

/** The lexicon shipped with Redline (the immigration pack's actions). */
export const defaultLexicon = new ActionLexicon([immigration as LexiconData]);
