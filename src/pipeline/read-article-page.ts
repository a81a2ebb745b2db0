import type { LogFields, Logger } from '../domain/index.ts';
import { type ExtractedArticle, extractArticle, type LanguageDetector } from '../extract/index.ts';
import { decodeText, type Fetcher, PAGE_ACCEPT } from '../ingest/index.ts';

/** What reading an article's page needs: the process's fetcher, the language detector, a logger. */
export interface ReadPageDeps {
  readonly fetcher: Fetcher;
  readonly detectLanguage?: LanguageDetector | undefined;
  readonly logger: Logger;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Fetches an article's page and reads it with Readability. Undefined when the page cannot be fetched or read
 * (logged with `context`: the article then keeps its feed text, as miniflux does for scraping) or holds no article.
 */
export async function readArticlePage(
  url: string,
  deps: ReadPageDeps,
  context: LogFields,
): Promise<ExtractedArticle | undefined> {
  try {
    const page = await deps.fetcher.fetchUrl(url, {
      accept: PAGE_ACCEPT,
      ...(deps.signal && { signal: deps.signal }),
    });
    if (page.kind !== 'ok') return undefined;
    return extractArticle(decodeText(page.body, page.contentType), page.finalUrl, {
      ...(deps.detectLanguage && { detectLanguage: deps.detectLanguage }),
    });
  } catch (error) {
    deps.logger.info('page: not fetched or not read; the article keeps its feed text', {
      ...context,
      article_url: url,
      error: (error as Error).message,
    });
    return undefined;
  }
}
