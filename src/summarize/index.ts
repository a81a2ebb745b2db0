export { absolutizeDates } from './absolutize-dates.ts';
export { cleanHeadline } from './clean-headline.ts';
export { computeLogOdds, type LogOddsScore } from './log-odds.ts';
export { countLoadedWords } from './loaded-words.ts';
export { type RougeScore, type RougeScores, rougeTokens, scoreRouge } from './rouge.ts';
export { DEFAULT_SYNTHESIS_OPTIONS, synthesizeStory } from './synthesize-story.ts';
export type { BackgroundTerms, StorySynthesis, SynthesisArticle, SynthesisOptions } from './types.ts';
