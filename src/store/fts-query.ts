/**
 * Turns what a reader typed into an SQLite FTS5 query that cannot be a syntax error: every word or "quoted
 * phrase" becomes an FTS5 string (so operators and column filters inside it are plain text), `word*` a prefix,
 * `-word` an exclusion, and `OR` joins the terms beside it. All other terms must match (FTS5's implicit AND).
 * The same input means the same to PostgreSQL's websearch_to_tsquery, except for prefixes (which it ignores).
 * Undefined when nothing searchable is left (no term to match, only exclusions).
 */
export function toFtsQuery(input: string): string | undefined {
  const groups: string[][] = [];
  const excluded: string[] = [];
  let joinNext = false;
  for (const match of input.matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g)) {
    const negative = match[1] === '-';
    const phrase = match[2];
    const word = match[3];
    if (phrase === undefined && word === 'OR' && !negative) {
      joinNext = groups.length > 0;
      continue;
    }
    const term = phrase !== undefined ? ftsString(phrase) : ftsWord(word ?? '');
    if (term === undefined) continue;
    if (negative) excluded.push(term);
    else if (joinNext) groups.at(-1)!.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  if (groups.length === 0) return undefined;
  const positive = groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(' OR ')})`)).join(' AND ');
  return excluded.length === 0 ? positive : `(${positive}) NOT (${excluded.join(' OR ')})`;
}

function ftsWord(word: string): string | undefined {
  const prefix = /\p{L}|\p{N}/u.test(word.slice(0, -1)) && word.endsWith('*');
  const term = ftsString(prefix ? word.slice(0, -1) : word);
  return term && prefix ? `${term}*` : term;
}

// An FTS5 string: any text between double quotes (doubled inside), tokenized like the indexed text.
function ftsString(text: string): string | undefined {
  const clean = text.replace(/[\u0000-\u001f]/g, ' ').trim();
  if (!/\p{L}|\p{N}/u.test(clean)) return undefined;
  return `"${clean.replace(/"/g, '""')}"`;
}
