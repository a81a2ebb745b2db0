export { describeBias } from '../domain/index.ts';
export { type CoverageArticle, computeCoverage } from './compute-coverage.ts';
export { type BlindspotOptions, detectBlindspot } from './detect-blindspot.ts';
