export { describeBias } from './bias-sentence.ts';
export { type CoverageArticle, computeCoverage } from './compute-coverage.ts';
