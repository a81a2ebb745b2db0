import { isStopword } from './stopwords.ts';

// Abbreviations after which a period does not end a sentence (dotted ones, "U.S.", "a.m.": see DOTTED).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'pres',
  'atty',
  'supt',
  'dept',
  'ft',
  'mt',
  'sens',
  'reps',
  'govs',
  'rev',
  'maj',
  'adm',
  'drs',
]);

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
