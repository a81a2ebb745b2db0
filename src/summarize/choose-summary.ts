import type { StoryModel } from './build-story-model.ts';
import { isUnpunctuatedRun } from './collect-sentences.ts';
import { countLoadedWords } from './loaded-words.ts';
import { cosine, type TermVector } from './term-vector.ts';
import type { ModelSentence } from './build-story-model.ts';

/**
 * The one-line summary: the lead sentence closest to the story's centroid that does not repeat the title and
 * carries no loaded words; without one, a whole sentence further down or the lead's first sentence that is not
 * boilerplate, punctuated as written text where one is (not a transcript's run of words). Undefined if none.
 */
export function chooseSummary(
  model: StoryModel,
  title: { readonly text: string; readonly vector: TermVector },
  duplicateThreshold: number,
): ModelSentence | undefined {
  const candidate = (s: ModelSentence) =>
    s.showable && s.words <= 45 && cosine(s.vector, title.vector) < duplicateThreshold + 0.1;
  const same = (s: { readonly text: string }) => s.text.replace(/\W+/g, ' ').trim().toLowerCase();
  const headline = same(title);
  const firstOwnWords = model.sentences.filter(
    (s) => s.position === 0 && s.words >= 5 && !s.boilerplate && same(s) !== headline,
  );
  // Without a candidate near the top: a whole sentence further down, else the first words that are the article's
  // own (never a caption, credit or editor's note), from an article written in sentences where one is (a podcast's
  // transcript, words without punctuation, only when no article has more).
  return (
    closest(
      model,
      model.sentences.filter((s) => candidate(s) && s.position <= 1 && s.words >= 8),
    ) ??
    closest(
      model,
      model.sentences.filter((s) => candidate(s) && s.words >= 8),
    ) ??
    firstOwnWords.find((s) => !isUnpunctuatedRun(s.text)) ??
    firstOwnWords[0]
  );
}

function closest(model: StoryModel, candidates: readonly ModelSentence[]): ModelSentence | undefined {
  let best: { score: number; sentence: ModelSentence } | undefined;
  for (const sentence of candidates) {
    const score = cosine(sentence.vector, model.centroid) - summaryPenalty(sentence);
    if (best === undefined || score > best.score + 1e-12) best = { score, sentence };
  }
  return best?.sentence;
}

function summaryPenalty(sentence: ModelSentence): number {
  let penalty = 0.15 * countLoadedWords(sentence.text) + 0.05 * sentence.position;
  if (sentence.opinion) penalty += 0.3;
  if (sentence.dangling) penalty += 0.15;
  if (/^["“‘]/.test(sentence.text)) penalty += 0.15;
  if (/\b(?:I|we|you|my|our|your)\b/.test(sentence.text.replace(/["“][^"”]*["”]/g, ''))) penalty += 0.2;
  return penalty;
}
