import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DocumentFrequencies } from './cluster-engine.ts';
import { type ClusterModel, validateClusterModel } from './cluster-model.ts';
import { toDocumentFrequencies } from './document-frequencies.ts';

/** The shipped model: data/cluster/model.json in the repository, wherever the process runs from. */
export const DEFAULT_MODEL_PATH = resolve(import.meta.dirname, '../../data/cluster/model.json');
/** The shipped document frequencies and names lexicon. */
export const DEFAULT_DOCUMENT_FREQUENCIES_PATH = resolve(
  import.meta.dirname,
  '../../data/cluster/document-frequencies.json',
);

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cluster: cannot read the ${what} ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`cluster: the ${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a document-frequency table (default: the shipped one). */
export function loadDocumentFrequencies(path = DEFAULT_DOCUMENT_FREQUENCIES_PATH): DocumentFrequencies {
  return toDocumentFrequencies(readJson(path, 'document-frequency table'), path);
}

/**
 * Reads a trained clustering model (default: the shipped data/cluster/model.json) with the document
 * frequencies it was trained with, ready for createClusterer.
 */
export function loadClusterModel(path = DEFAULT_MODEL_PATH): ClusterModel {
  const model = validateClusterModel(readJson(path, 'cluster model'), path);
  if (!model.documentFrequencyFile) return model;
  const documentFrequencies = loadDocumentFrequencies(resolve(dirname(path), model.documentFrequencyFile));
  return { ...model, documentFrequencies };
}

/** The JSON text of a model as stored (its attached document frequencies stay in their own file). */
export function serializeClusterModel(model: ClusterModel): string {
  const { documentFrequencies: _attached, ...stored } = model;
  return `${JSON.stringify(stored, null, 1)}\n`;
}
