export type { DocumentFrequencies } from './cluster-engine.ts';
export type { ClusterModel, ClusterSettings, Profile, ProfileWeights } from './cluster-model.ts';
export { DEFAULT_SETTINGS, PROFILES } from './cluster-model.ts';
export type { ClustererOptions } from './clusterer.ts';
export { createClusterer } from './clusterer.ts';
export type { F1Range, PairedCount, StreamEvaluation } from './evaluate-stream.ts';
export { combineEvaluations, evaluateStream, f1Range, pairedCounts } from './evaluate-stream.ts';
export {
  DEFAULT_DOCUMENT_FREQUENCIES_PATH,
  DEFAULT_MODEL_PATH,
  loadClusterModel,
  loadDocumentFrequencies,
  serializeClusterModel,
} from './load-cluster-model.ts';
export type { ClusteringScore, PrecisionRecall } from './metrics.ts';
export { scoreClustering } from './metrics.ts';
export type { LabelledArticle } from './parse-labelled-stream.ts';
export { parseLabelledStream } from './parse-labelled-stream.ts';
export type { SimpleClustererOptions } from './simple-clusterer.ts';
export { createSimpleClusterer, SIMPLE_THRESHOLD } from './simple-clusterer.ts';
export type { TrainingStream, TrainOptions } from './train/train-cluster-model.ts';
export { trainClusterModel } from './train/train-cluster-model.ts';
export type { Assignment, ClusterInput, Explanation, StoryClusterer } from './types.ts';
