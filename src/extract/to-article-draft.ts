import type { ArticleDraft } from '../domain/index.ts';
import { makeLead, normalizeLanguageTag, splitSentences } from '../text/index.ts';
import { canonicalizeUrl } from './canonicalize-url.ts';
import { contentHash } from './content-hash.ts';
import { htmlToText } from './html-to-text.ts';
import type { LanguageDetector } from './load-language-detector.ts';
import { normalizePublished } from './normalize-published.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { dropTemplateSentences } from './template-sentences.ts';

/** What extraction needs of a feed item (ingest's FeedItem has this shape). */
export interface ItemSource {
  readonly guid?: string;
  readonly url?: string;
  readonly title: string;
  readonly contentHtml?: string;
  readonly summaryHtml?: string;
  readonly author?: string;
  readonly published?: string;
  readonly updated?: string;
  readonly language?: string;
  readonly baseUrl?: string;
}

/** Where an item came from. */
export interface DraftContext {
  readonly fetchedAt: Date;
  readonly feedId?: number;
  readonly outletId?: string;
  /** The feed's declared language, a hint for detection. */
  readonly feedLanguage?: string;
  /** From loadLanguageDetector(); without it the declared language is used as is. */
  readonly detectLanguage?: LanguageDetector;
  readonly maxFutureSkewMs?: number;
  /** Sentences the feed opens item after item with (findTemplateSentences): left out of the lead. */
  readonly templateSentences?: ReadonlySet<string>;
}

/** An ArticleDraft with what the store needs to upsert it. */
export interface ExtractedDraft extends ArticleDraft {
  /** The feed's guid, or the item's canonical link when it has none; unique within its feed. */
  readonly guid: string;
  readonly publishedAt: string;
  /** Changes when the article's visible content changes (contentHash). */
  readonly contentHash: string;
  /** True when publishedAt is the fetch time, not the feed's date: keep the stored one on update. */
  readonly publishedEstimated: boolean;
  /** The body (or summary) as sanitized HTML, links absolute. */
  readonly html?: string;
}

const TITLE_MAX = 300;
// A lead is at most ~320 characters, so splitting sentences beyond the first few thousand is wasted work.
const LEAD_WINDOW = 4000;
// eld is as sure of a language after a couple of hundred characters as after a page, at a fraction of the cost.
const LANGUAGE_SAMPLE = 240;
const NO_TEMPLATE: ReadonlySet<string> = new Set();
// WordPress appends this line to every excerpt ("The post X appeared first on Y.").
const WORDPRESS_FOOTER = /(?:^|\n\n)The post .{1,300} appeared first on .{1,200}\.$/s;
// C0 control characters other than tab and line breaks are no text (a JSON Feed can carry any of them), and search
// marks its matches with two of them (U+0002, U+0003): one stored in a title would mark words no one searched for.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * One feed item as an article draft: canonical URL, plain-text title, lead and body, author, publication time
 * in UTC (fetch time when missing or too far in the future), language, a content hash for update detection,
 * and the sanitized HTML — sanitized last (STYLE habit 4). Undefined when the item has no usable link, or
 * neither a title nor any text.
 */
export function toArticleDraft(item: ItemSource, context: DraftContext): ExtractedDraft | undefined {
  const rawGuid = item.guid?.trim().slice(0, 2048) || undefined;
  const url = canonicalizeUrl(item.url) ?? (rawGuid ? canonicalizeUrl(rawGuid) : undefined);
  if (!url) return undefined;
  // An item without a guid is known by its link, which stays its guid even if a page fetch later finds
  // another canonical URL, so the next poll of the feed still finds the stored article.
  const guid = rawGuid ?? url;
  const bodyHtml = item.contentHtml ?? item.summaryHtml;
  const text = item.contentHtml ? htmlToText(item.contentHtml).replace(CONTROL, '') : undefined;
  const summary = htmlToText(item.summaryHtml).replace(CONTROL, '').replace(WORDPRESS_FOOTER, '');
  const titleText = item.title.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  const title = titleText
    ? titleText.slice(0, TITLE_MAX)
    : makeLead(splitSentences((summary || text || '').slice(0, LEAD_WINDOW))[0] ?? '', 120);
  if (!title) return undefined;
  const leadSource = makeLead(
    dropTemplateSentences(
      (summary || text || '').slice(0, LEAD_WINDOW),
      context.templateSentences ?? NO_TEMPLATE,
    ),
  );
  // Title-only feeds often repeat the title as the description; that is no lead.
  const lead = leadSource === title ? '' : leadSource;
  const author = cleanAuthor(item.author);
  const { publishedAt, estimated } = normalizePublished(
    item.published ?? item.updated,
    context.fetchedAt,
    context.maxFutureSkewMs,
  );
  const hint = normalizeLanguageTag(item.language ?? context.feedLanguage);
  const sample = `${title}. ${lead}`.slice(0, LANGUAGE_SAMPLE);
  const language = context.detectLanguage ? context.detectLanguage(sample, hint) : hint;
  const hash = contentHash({ title, lead, text, author });
  return {
    url,
    guid,
    title,
    lead,
    ...(text ? { text } : {}),
    ...(author ? { author } : {}),
    publishedAt,
    ...(language ? { language } : {}),
    ...(context.outletId ? { outletId: context.outletId } : {}),
    ...(context.feedId !== undefined ? { feedId: context.feedId } : {}),
    contentHash: hash,
    publishedEstimated: estimated,
    ...(bodyHtml ? { html: sanitizeHtml(bodyHtml, item.baseUrl ?? url) } : {}),
  };
}

// Bylines come as "By Jane Doe", as mail addresses, or as Blogger's "noreply@blogger.com".
function cleanAuthor(raw: string | undefined): string | undefined {
  const author = raw
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  if (!author || /^[^\s@]+@[^\s@]+$/.test(author)) return undefined;
  return author.slice(0, 200);
}
