import { isStopword } from './stopwords.ts';

// Titles that stand before a name ("Sen. Ben Cardin", "Mt. Vernon"): a period after one never ends a sentence.
const TITLES = [
  ...['mr', 'mrs', 'ms', 'dr', 'drs', 'prof', 'pres', 'atty', 'supt', 'rev'],
  ...['sen', 'sens', 'rep', 'reps', 'gov', 'govs'],
  ...['gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm'],
  ...['st', 'mt', 'ft'],
];
const TITLE_AT_END = new RegExp(`\\b(?:${TITLES.join('|')})\\.$`, 'i');

// Abbreviations after which a period does not end a sentence (dotted ones, "U.S.", "a.m.": see DOTTED).
const ABBREVIATIONS = new Set([
  ...TITLES,
  ...['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'dept'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
]);

/** True for text that ends on a title ("… the House Freedom Caucus, Reps."): cut off before the name, not a whole sentence. */
export function endsWithTitle(text: string): boolean {
  return TITLE_AT_END.test(text);
}

// An abbreviation of letters and periods: "U.S", "D.C", "N.Y", "U.S.A".
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** Splits plain text into sentences, keeping abbreviations ("Gov.", "U.S.") and initials inside. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const normalized = text.replace(/\s+/g, ' ').trim();
  let start = 0;
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  for (const match of normalized.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = normalized.slice(start, match.index ?? 0);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0] === '.' && DOTTED.test(lastWord)) {
      // "D.C. Circuit Court", "the U.S. Senate": a name goes on; "in Washington, D.C. The president": a new
      // sentence, whose first word is a function word.
      const next = /^\s+["'“‘([]?([\p{L}]+)/u.exec(normalized.slice(end))?.[1] ?? '';
      if (!isStopword(next.toLowerCase())) continue;
    } else if (match[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    sentences.push(normalized.slice(start, end).trim());
    start = end;
  }
  const rest = normalized.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
