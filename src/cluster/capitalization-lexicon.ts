import { isStopword } from '../text/index.ts';
import { opensSentence } from './extract-entities.ts';
import { normalizeWord } from './scan-words.ts';

// Hyphenated compounds are counted by their parts, as scanWords reads them.
const WORD = /\p{L}[\p{L}\p{N}]*(?:['’.&][\p{L}\p{N}]+)*/gu;

/** Whether a headline capitalises (nearly) every content word, so capitals say nothing about names. */
export function isTitleCase(text: string): boolean {
  const words = [...text.matchAll(WORD)].map((m) => m[0]).filter((w) => !isStopword(normalizeWord(w)));
  return words.length >= 3 && words.filter((w) => w[0] !== w[0]!.toLowerCase()).length >= 0.8 * words.length;
}

/** How often each word appears capitalised inside a sentence, against in lower case. */
export class CapitalizationCounter {
  private readonly counts = new Map<string, { upper: number; lower: number }>();

  /** Counts the words of one running text (not a Title Case headline), skipping sentence openers. */
  addText(text: string): void {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const index = match.index ?? 0;
      if (opensSentence(text, index)) continue;
      const lower = normalizeWord(word);
      if (isStopword(lower)) continue;
      let entry = this.counts.get(lower);
      if (!entry) {
        entry = { upper: 0, lower: 0 };
        this.counts.set(lower, entry);
      }
      if (word[0] !== word[0]!.toLowerCase()) entry.upper += 1;
      else entry.lower += 1;
    }
  }

  /** Words seen at least `minCount` times, capitalised in at least `minShare` of them, sorted. */
  names(minCount: number, minShare: number): string[] {
    return [...this.counts]
      .filter(([, c]) => c.upper + c.lower >= minCount && c.upper >= minShare * (c.upper + c.lower))
      .map(([word]) => word)
      .sort();
  }
}
