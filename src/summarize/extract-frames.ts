import type { BiasBucket, Frame } from '../domain/index.ts';
import { isStopword, stem, tokenize } from '../text/index.ts';
import { bodyOf, findSupporters, type ModelSentence, type StoryModel } from './build-story-model.ts';
import { computeLogOdds } from './log-odds.ts';
import { selectByMmr } from './select-by-mmr.ts';
import { centroidOf, cosine } from './term-vector.ts';
import type { SynthesisArticle } from './types.ts';

/** Options of frame extraction (defaults live in synthesize-story.ts). */
export interface FrameOptions {
  readonly minArticles: number;
  readonly points: number;
  readonly terms: number;
  readonly minZ: number;
  readonly lambda: number;
  readonly duplicateThreshold: number;
  readonly citeThreshold: number;
  readonly render: (sentence: ModelSentence) => string;
  /** Sentences the story already shows (its summary and key points): a frame repeats one only when its side has no other. */
  readonly shown?: ReadonlySet<ModelSentence>;
}

const PRIOR_WORDS = 500;
const SIDES: readonly BiasBucket[] = ['left', 'center', 'right'];
// Function words missing from the shared stopword list that would otherwise pass as "distinctive".
const FUNCTION_WORDS = new Set([
  'its',
  'will',
  'see',
  'why',
  'how',
  'what',
  'who',
  'whom',
  'where',
  'when',
  'which',
  'whether',
  'per',
]);

/**
 * What each side stresses: for every side with enough articles (and some coverage outside it), the sentences
 * closest to that side's centre and farthest from the rest, and the words it uses disproportionately. A sentence
 * the story already shows as its summary or a key point is left to the side that has nothing else to say.
 */
export function extractFrames(model: StoryModel, options: FrameOptions): Frame[] {
  const frames: Frame[] = [];
  for (const side of SIDES) {
    const own = model.articles.filter((a) => a.side === side);
    const others = model.articles.filter((a) => a.side !== side);
    if (own.length < options.minArticles || others.length === 0) continue;
    const ownIds = new Set(own.map((a) => a.id));
    const ownCentre = centroidOf(own.map((a) => model.articleVectors.get(a.id)!));
    const otherCentre = centroidOf(others.map((a) => model.articleVectors.get(a.id)!));
    const all = model.sentences.filter((s) => s.showable && ownIds.has(s.articleId));
    const fresh = all.filter((s) => !options.shown?.has(s));
    const pool = fresh.length > 0 ? fresh : all;
    const relevance = (s: ModelSentence) =>
      cosine(s.vector, ownCentre) - 0.5 * cosine(s.vector, otherCentre) + 0.05 / (1 + s.position);
    const picked = selectByMmr(pool, relevance, [], {
      count: options.points,
      lambda: options.lambda,
      duplicateThreshold: options.duplicateThreshold,
    });
    const points = picked.map((s) => ({
      text: options.render(s),
      articleIds: [
        s.articleId,
        ...findSupporters(model, s.vector, s.articleId, options.citeThreshold).filter((id) => ownIds.has(id)),
      ],
    }));
    frames.push({ side, points, terms: distinctiveTerms(own, others, options) });
  }
  return frames;
}

function distinctiveTerms(
  own: readonly SynthesisArticle[],
  others: readonly SynthesisArticle[],
  options: FrameOptions,
): { term: string; score: number }[] {
  const surface = new Map<string, Map<string, number>>();
  const count = (articles: readonly SynthesisArticle[]) => {
    const counts = new Map<string, number>();
    for (const article of articles) {
      for (const token of tokenize(`${article.title} ${bodyOf(article).slice(0, 2000)}`)) {
        if (isStopword(token) || FUNCTION_WORDS.has(token) || !/^\p{L}[\p{L}-]{2,}$/u.test(token)) continue;
        const s = stem(token);
        counts.set(s, (counts.get(s) ?? 0) + 1);
        const forms = surface.get(s) ?? new Map<string, number>();
        forms.set(token, (forms.get(token) ?? 0) + 1);
        surface.set(s, forms);
      }
    }
    return counts;
  };
  const ownCounts = count(own);
  const otherCounts = count(others);
  // The informative prior is the story's own word distribution over all sides (Monroe et al. §3.5), scaled
  // to a total of at most PRIOR_WORDS pseudo-counts: strong enough to shrink rare words, weak enough that a
  // word one side repeats several times can stand out.
  const all = new Map(ownCounts);
  for (const [term, n] of otherCounts) all.set(term, (all.get(term) ?? 0) + n);
  const total = [...all.values()].reduce((a, b) => a + b, 0);
  const scale = Math.min(1, PRIOR_WORDS / Math.max(1, total));
  const prior = new Map([...all].map(([term, n]) => [term, n * scale]));
  return computeLogOdds(ownCounts, otherCounts, prior)
    .filter((s) => s.z >= options.minZ && (ownCounts.get(s.term) ?? 0) >= 2)
    .slice(0, options.terms)
    .map((s) => ({ term: commonestForm(surface.get(s.term)!), score: Math.round(s.z * 100) / 100 }));
}

function commonestForm(forms: ReadonlyMap<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
