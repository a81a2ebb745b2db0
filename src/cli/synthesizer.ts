import type { Config } from '../config/index.ts';
import type { Logger } from '../domain/index.ts';
import type { Synthesizer } from '../pipeline/synthesize-stories.ts';
import { rewriteWithLlm, synthesizeStory } from '../summarize/index.ts';

// Only stories with this many articles from at least two outlets go to the optional LLM (as Particle gates it).
const LLM_MIN_ARTICLES = 3;

/**
 * The story synthesizer: extractive (centroid + MMR, every sentence cited) and, when config.llm.url is set, a
 * rewrite by an OpenAI-compatible model that keeps the citations, falling back to the extractive text on any error.
 */
export function createSynthesizer(config: Config, logger: Logger): Synthesizer {
  const { url, key, model, timeoutMs } = config.llm;
  return async (articles) => {
    const extractive = synthesizeStory(articles);
    const outlets = new Set(articles.map((a) => a.outletId)).size;
    if (!url || articles.length < LLM_MIN_ARTICLES || outlets < 2) return extractive;
    const result = await rewriteWithLlm(extractive, {
      url,
      model,
      timeoutMs,
      ...(key !== undefined && { key }),
    });
    if (result.kind === 'extractive') {
      logger.warn('summarize: LLM rewrite refused, kept the extractive text', {
        reason: result.reason,
        articles: articles.length,
      });
    }
    return result.synthesis;
  };
}
