import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlNestingDepth, makeLead, normalizeLanguageTag } from '../text/index.ts';
import { canonicalizeUrl } from './canonicalize-url.ts';
import { htmlToText } from './html-to-text.ts';
import type { LanguageDetector } from './load-language-detector.ts';
import { parseDate } from './parse-date.ts';
import { registrableDomain } from './registrable-domain.ts';
import { sanitizeHtml } from './sanitize-html.ts';

/** The readable part of an article page. */
export interface ExtractedArticle {
  /** The page's canonical URL when it names one on the same site, else the fetched URL; canonicalized. */
  readonly url: string;
  readonly title: string;
  readonly text: string;
  readonly lead: string;
  /** The article body, sanitized. */
  readonly html: string;
  /** ISO 8601 UTC, as the page states it (not clamped). */
  readonly publishedAt?: string;
  readonly language?: string;
  readonly author?: string;
}

/** Optional helpers of article extraction. */
export interface ExtractArticleOptions {
  readonly detectLanguage?: LanguageDetector;
}

// Readability always returns something; less text than this is navigation or an error page, not an article.
const MIN_TEXT_CHARS = 200;
// Readability's time grows with about the cube of how deep the page nests (0.1 s at 200 levels, 0.5 s at 400, 3 s
// at 800, 46 s at 2,000): a page that deep is hostile or broken, and is not read. News pages nest 20–40 levels.
export const MAX_PAGE_DEPTH = 256;

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'time[itemprop="datePublished"]',
  'time[datetime]',
];

/**
 * The main text of an article page with Readability (over linkedom, about 4× faster than jsdom), plus what
 * the page says about itself: canonical URL, publication time, language and author. Undefined when the page
 * has no readable article (a front page, an error page: under 200 characters of text); an error when it nests
 * deeper than MAX_PAGE_DEPTH.
 */
export function extractArticle(
  html: string,
  url: string,
  options: ExtractArticleOptions = {},
): ExtractedArticle | undefined {
  if (htmlNestingDepth(html, MAX_PAGE_DEPTH) >= MAX_PAGE_DEPTH)
    throw new Error(`extract: the page nests its elements ${MAX_PAGE_DEPTH} levels deep or more; not read`);
  const { document } = parseHTML(html);
  // Read the head before Readability, which rewrites the document as it goes.
  const attr = (selector: string, name: string) =>
    document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  const canonical =
    attr('link[rel~="canonical"][href]', 'href') ?? attr('meta[property="og:url"]', 'content');
  const published = PUBLISHED_SELECTORS.map(
    (s) => attr(s, s.startsWith('time') ? 'datetime' : 'content') ?? '',
  ).find((v) => v !== '');
  const pageLanguage =
    attr('html[lang]', 'lang') ??
    attr('meta[http-equiv="content-language" i]', 'content') ??
    attr('meta[property="og:locale"]', 'content');
  const metaAuthor = attr('meta[name="author"]', 'content');

  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  if (!article?.content) return undefined;
  const text = htmlToText(article.content);
  if (text.length < MIN_TEXT_CHARS) return undefined;
  const pageUrl = canonicalizeUrl(url) ?? url;
  const title = (article.title ?? '').replace(/\s+/g, ' ').trim();
  const lead = makeLead(article.excerpt && article.excerpt.length > 40 ? article.excerpt : text);
  const publishedAt = parseDate(article.publishedTime ?? published)?.toISOString();
  const hint = normalizeLanguageTag(article.lang ?? pageLanguage);
  const language = options.detectLanguage?.(`${title}. ${lead}`, hint) ?? hint;
  const author = (article.byline ?? metaAuthor)?.replace(/\s+/g, ' ').trim();
  return {
    url: sameSiteCanonical(canonical, pageUrl) ?? pageUrl,
    title,
    text,
    lead,
    html: sanitizeHtml(article.content, pageUrl),
    ...(publishedAt ? { publishedAt } : {}),
    ...(language ? { language } : {}),
    ...(author ? { author } : {}),
  };
}

// A canonical link pointing to another site is not trusted: it could claim someone else's article.
function sameSiteCanonical(canonical: string | undefined, pageUrl: string): string | undefined {
  const resolved = canonicalizeUrl(canonical, pageUrl);
  if (!resolved) return undefined;
  const site = (u: string) => registrableDomain(new URL(u).hostname);
  return site(resolved) === site(pageUrl) ? resolved : undefined;
}
