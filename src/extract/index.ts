export { canonicalizeUrl } from './canonicalize-url.ts';
export { contentHash, type HashedContent } from './content-hash.ts';
export { dedupeDrafts } from './dedupe-drafts.ts';
export { type ExtractArticleOptions, type ExtractedArticle, extractArticle } from './extract-article.ts';
export { htmlToText } from './html-to-text.ts';
export { type LanguageDetector, loadLanguageDetector } from './load-language-detector.ts';
export { mergeFullText, needsFullText } from './merge-full-text.ts';
export { MAX_FUTURE_SKEW_MS, normalizePublished, type PublishedTime } from './normalize-published.ts';
export { parseDate } from './parse-date.ts';
export { registrableDomain } from './registrable-domain.ts';
export { sanitizeHtml } from './sanitize-html.ts';
export {
  dropPageTemplate,
  dropTemplateOpening,
  dropTemplateSentences,
  findTemplateSentences,
  normalizeSentence,
  pageSample,
  type TemplateSample,
} from './template-sentences.ts';
export {
  type DraftContext,
  type ExtractedDraft,
  type ItemSource,
  toArticleDraft,
} from './to-article-draft.ts';
