/**
 * A word-level difference of two short texts (longest common subsequence), summarised for a
 * reason line: "'individuals during' became 'persons encountered during'".
 */

/** One run of the difference: words kept, removed from the old text, or added in the new one. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  words: string[];
}

/** The word-level difference of `a` and `b`. Clauses are short, so the quadratic table is fine. */
export function wordDiff(a: string[], b: string[]): DiffPart[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * cols + j] =
        a[i]!.toLowerCase() === b[j]!.toLowerCase()
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.words.push(word);
    else parts.push({ op, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.toLowerCase() === b[j]!.toLowerCase()) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || table[i * cols + j + 1]! >= table[(i + 1) * cols + j]!))
      push('added', b[j++]!);
    else push('removed', a[i++]!);
  }
  return parts;
}

const quote = (words: string[], max = 60) => {
  const text = words.join(' ');
  return `'${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}'`;
};

/** At most `limit` edits of the difference in plain words, or undefined when the words are the same. */
export function describeWordDiff(oldText: string, newText: string, limit = 2): string | undefined {
  const parts = wordDiff(oldText.split(/\s+/).filter(Boolean), newText.split(/\s+/).filter(Boolean));
  const edits: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.op === 'same') continue;
    const next = parts[k + 1];
    if (next && next.op !== 'same') {
      const [removed, added] = p.op === 'removed' ? [p, next] : [next, p];
      edits.push(`${quote(removed.words)} became ${quote(added.words)}`);
      k++;
    } else edits.push(`${p.op === 'added' ? 'added' : 'removed'} ${quote(p.words)}`);
  }
  if (!edits.length) return undefined;
  const more =
    edits.length > limit
      ? ` and ${edits.length - limit} more edit${edits.length - limit > 1 ? 's' : ''}`
      : '';
  return edits.slice(0, limit).join('; ') + more;
}
