import type { ExtractedArticle } from './extract-article.ts';
import { normalizePublished } from './normalize-published.ts';
import type { ExtractedDraft } from './to-article-draft.ts';

// Below this a lead is a teaser at best; the page is worth fetching when the feed has no body.
const SHORT_LEAD = 100;

/** Whether a draft (or stored article) carries so little text (a title-only feed) that its page should be read. */
export function needsFullText(draft: { readonly text?: string | undefined; readonly lead: string }): boolean {
  return !draft.text && draft.lead.length < SHORT_LEAD;
}

/**
 * A draft completed with its page: body text, sanitized HTML, and the lead, author, language and date when the
 * feed lacked them. The page's canonical URL becomes the URL while the guid stays, so the next poll of the
 * feed still finds this article; the content hash stays the feed's, so a re-poll does not look like an update.
 */
export function mergeFullText(
  draft: ExtractedDraft,
  page: ExtractedArticle,
  fetchedAt: Date,
): ExtractedDraft {
  const published =
    draft.publishedEstimated && page.publishedAt
      ? normalizePublished(page.publishedAt, fetchedAt)
      : undefined;
  const author = draft.author ?? page.author;
  const language = draft.language ?? page.language;
  return {
    ...draft,
    url: page.url,
    lead: draft.lead || page.lead,
    text: page.text,
    html: page.html,
    ...(author ? { author } : {}),
    ...(language ? { language } : {}),
    ...(published ? { publishedAt: published.publishedAt, publishedEstimated: published.estimated } : {}),
  };
}
