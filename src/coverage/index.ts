export { describeBias } from '../domain/index.ts';
export { type CoverageSkew, classifyCoverageNote } from './classify-coverage-note.ts';
export { type CoverageArticle, computeCoverage } from './compute-coverage.ts';
export {
  computeTimeline,
  hasNoTimeOfDay,
  type Timeline,
  type TimelineArticle,
  type TimelineBucket,
  type TimelineGranularity,
  type TimelineOptions,
} from './compute-timeline.ts';
export { describeBlindspot, describeBlindspotRule } from './describe-blindspot-rule.ts';
export { adjustedShares, type BlindspotOptions, detectBlindspot } from './detect-blindspot.ts';
export {
  type FirstReporter,
  firstReporter,
  type ReportingArticle,
  sameTimeOutlets,
  storySpan,
} from './first-reporter.ts';
export { escapeXml, renderTimelineSvg, type TimelineSvgOptions } from './render-timeline-svg.ts';
