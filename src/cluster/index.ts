export type { ClusteringScore, PrecisionRecall } from './metrics.ts';
export { scoreClustering } from './metrics.ts';
export type { SimpleClustererOptions } from './simple-clusterer.ts';
export { createSimpleClusterer, SIMPLE_THRESHOLD } from './simple-clusterer.ts';
export type { Assignment, ClusterInput, Explanation, StoryClusterer } from './types.ts';
