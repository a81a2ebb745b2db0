import type { StoryModel } from './build-story-model.ts';
import { countLoadedWords } from './loaded-words.ts';
import { cosine, type TermVector } from './term-vector.ts';
import type { ModelSentence } from './build-story-model.ts';

/**
 * The one-line summary: the lead sentence closest to the story's centroid that does not repeat the title and
 * carries no loaded words; a one-article story falls back to its lead's first sentence. Undefined if none.
 */
export function chooseSummary(
  model: StoryModel,
  title: { readonly text: string; readonly vector: TermVector },
  duplicateThreshold: number,
): ModelSentence | undefined {
  const candidates = model.sentences.filter(
    (s) =>
      s.position <= 1 &&
      s.words >= 8 &&
      s.words <= 45 &&
      cosine(s.vector, title.vector) < duplicateThreshold + 0.1,
  );
  let best: { score: number; sentence: ModelSentence } | undefined;
  for (const sentence of candidates) {
    if (!sentence.showable) continue;
    const score = cosine(sentence.vector, model.centroid) - summaryPenalty(sentence);
    if (best === undefined || score > best.score + 1e-12) best = { score, sentence };
  }
  const same = (s: { readonly text: string }) => s.text.replace(/\W+/g, ' ').trim().toLowerCase();
  const headline = same(title);
  return (
    best?.sentence ?? model.sentences.find((s) => s.position === 0 && s.words >= 5 && same(s) !== headline)
  );
}

function summaryPenalty(sentence: ModelSentence): number {
  let penalty = 0.15 * countLoadedWords(sentence.text) + 0.05 * sentence.position;
  if (sentence.opinion) penalty += 0.3;
  if (sentence.dangling) penalty += 0.15;
  if (/^["“‘]/.test(sentence.text)) penalty += 0.15;
  if (/\b(?:I|we|you|my|our|your)\b/.test(sentence.text.replace(/["“][^"”]*["”]/g, ''))) penalty += 0.2;
  return penalty;
}
