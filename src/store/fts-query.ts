import { englishSpellings } from '../text/index.ts';

/** One term of a search: a word, a "quoted phrase" or a word* prefix. */
export interface SearchTerm {
  readonly text: string;
  readonly phrase: boolean;
  readonly prefix: boolean;
}

/** A search as the reader typed it: every group must match (any of its terms), no excluded term may. */
export interface ParsedSearch {
  readonly groups: readonly (readonly SearchTerm[])[];
  readonly excluded: readonly SearchTerm[];
}

/**
 * The most terms a search reads (the rest of what was typed is ignored): every prefix term scans the index for all
 * the words it begins, so a query of sixty `t*` held a synchronous database busy for seconds.
 */
export const MAX_SEARCH_TERMS = 12;
/** The shortest prefix searched as a prefix: `t*` would match a good part of the dictionary, so it reads as "t". */
const MIN_PREFIX_LENGTH = 2;

/**
 * Reads what a reader typed: every word or "quoted phrase" is a term, `word*` a prefix (of two letters or more),
 * `-word` an exclusion, and `OR` joins the terms beside it into one group. A word also matches its other spellings
 * ("defence" finds "defense", "coronavirus" finds "COVID"; englishSpellings). A term typed twice counts once, and
 * terms after the first MAX_SEARCH_TERMS are ignored. Undefined when nothing searchable is left (no term to match,
 * only exclusions).
 */
export function parseSearch(input: string): ParsedSearch | undefined {
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  const seen = new Set<string>();
  let joinNext = false;
  for (const match of input.matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g)) {
    if (seen.size >= MAX_SEARCH_TERMS) break;
    const negative = match[1] === '-';
    const phrase = match[2];
    const word = match[3];
    if (phrase === undefined && word === 'OR' && !negative) {
      joinNext = groups.length > 0;
      continue;
    }
    const terms = phrase !== undefined ? phraseTerm(phrase) : wordTerms(word ?? '');
    if (terms.length === 0) continue;
    const key = `${negative ? '-' : ''}${terms.map(termKey).join(' ')}`;
    if (seen.has(key)) {
      joinNext = false;
      continue;
    }
    seen.add(key);
    if (negative) excluded.push(...terms);
    else if (joinNext) groups.at(-1)!.push(...terms);
    else groups.push(terms);
    joinNext = false;
  }
  return groups.length === 0 ? undefined : { groups, excluded };
}

const termKey = (term: SearchTerm) =>
  `${term.phrase ? '"' : ''}${term.text.toLowerCase()}${term.prefix ? '*' : ''}`;

/**
 * Turns what a reader typed into an SQLite FTS5 query that cannot be a syntax error: every term becomes an FTS5
 * string (so operators and column filters inside it are plain text), a prefix keeps its `*`, the terms of a group
 * are joined by OR and the groups by AND (see parseSearch). Undefined when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | undefined {
  const search = parseSearch(input);
  if (search === undefined) return undefined;
  const any = (terms: readonly SearchTerm[]) =>
    terms.length === 1 ? ftsTerm(terms[0]!) : `(${terms.map(ftsTerm).join(' OR ')})`;
  const positive = search.groups.map(any).join(' AND ');
  return search.excluded.length === 0
    ? positive
    : `(${positive}) NOT (${search.excluded.map(ftsTerm).join(' OR ')})`;
}

function phraseTerm(text: string): SearchTerm[] {
  const clean = cleanText(text);
  return clean === undefined ? [] : [{ text: clean, phrase: true, prefix: false }];
}

function wordTerms(word: string): SearchTerm[] {
  const stem = word.slice(0, -1);
  const prefix = word.endsWith('*') && (stem.match(/\p{L}|\p{N}/gu)?.length ?? 0) >= MIN_PREFIX_LENGTH;
  const clean = cleanText(prefix ? stem : word);
  if (clean === undefined) return [];
  if (prefix) return [{ text: clean, phrase: false, prefix: true }];
  return englishSpellings(clean.toLowerCase()).map((spelling, i) => ({
    text: i === 0 ? clean : spelling,
    phrase: false,
    prefix: false,
  }));
}

/** The text of a term without control characters, or undefined when it has no letter or digit to match. */
function cleanText(text: string): string | undefined {
  const clean = text.replace(/[\u0000-\u001f]/g, ' ').trim();
  return /\p{L}|\p{N}/u.test(clean) ? clean : undefined;
}

// An FTS5 string: any text between double quotes (doubled inside), tokenized like the indexed text.
function ftsTerm(term: SearchTerm): string {
  const quoted = `"${term.text.replace(/"/g, '""')}"`;
  return term.prefix ? `${quoted}*` : quoted;
}
