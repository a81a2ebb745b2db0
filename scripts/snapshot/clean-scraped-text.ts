// Cleans the article texts of a scraped data set before the snapshot keeps their leads. The Article-Bias-Prediction
// texts were scraped with the pages' chrome left in: players and share bars glued to the first sentence ("LISTEN TO
// ARTICLE 5:06 SHARE THIS ARTICLE Share Tweet Post Email …"), bylines, the headline repeated, The Hill's hover cards
// for people ("President Trump Donald John TrumpGOP senators balk at … MORE") and whole sentences of an outlet's
// template ("Get breaking news alerts and special reports."). Left in, they become the lead a story page shows and
// words the clusterer compares.
import {
  dropTemplateSentences,
  findTemplateSentences,
  normalizeSentence,
} from '../../src/extract/template-sentences.ts';

/** What cleaning needs of an article. */
export interface ScrapedArticle {
  readonly outlet: string;
  readonly title: string;
  readonly text: string;
}

/** Page chrome glued to the start of a text, as this data set has it (each seen in dozens of articles). */
const LEADING_CHROME: readonly RegExp[] = [
  /^LISTEN TO ARTICLE \d+:\d+\s*/, // Bloomberg's audio player
  /^SHARE THIS ARTICLE Share Tweet Post Email\s*/, // Bloomberg's share bar
  /^(?:This article is more than \d+ (?:years?|months?) old\s*)+/, // The Guardian's age banner (twice)
  /^Share All sharing options for:\s*/, // Vox's share menu, followed by the headline
  /^CLOSE\s+(?=[A-Z"“])/, // USA Today's video player
  // A byline ending in the paper's name: "David Jackson and Deirdre Shesgreen USA TODAY WASHINGTON — …".
  /^(?:[A-Z][\w.'’-]+ ){1,3}(?:and (?:[A-Z][\w.'’-]+ ){1,3})?USA TODAY\s+/,
  /^USA TODAY\s+/,
  /^Enlarge this image toggle caption (.{3,200}?) \1\s*/, // NPR's photo caption: its credit, twice
  /^Photographer: (.{3,120}?) Photographer: \1\s*/, // Bloomberg's photo credit, twice
];

const CARD_END = / MORE\b/g;
// The name as the text gives it ending in a surname, the card's full name ending in the same surname, and then the
// card's first headline, glued on or after a space: "Trump Donald John TrumpKamala", "Ryan Paul Davis Ryan Retirees".
const CARD_START = /([A-Z][A-Za-z'’-]{2,}) ((?:(?:[A-Z][\w.'’-]*|\([\w.]+\)) ){1,4})\1(?=[A-Z0-9 ])/y;

/** Where the card before `end` starts (after the surname the text gives), or -1. */
function cardStart(text: string, from: number, end: number): number {
  let best: { start: number; glued: boolean; middle: number } | undefined;
  for (let at = Math.max(from, end - 450); at < end; at++) {
    if (at > 0 && /\w/.test(text[at - 1]!)) continue;
    CARD_START.lastIndex = at;
    const match = CARD_START.exec(text);
    if (!match || at + match[0].length > end) continue;
    // Surnames repeat in other ways too ("Robert Mueller Robert"): the full name glued to the headline wins, then
    // the longest full name.
    const glued = text[at + match[0].length] !== ' ';
    const middle = match[2]!.split(' ').length;
    if (!best || glued > best.glued || (glued === best.glued && middle >= best.middle)) {
      best = { start: at + match[1]!.length, glued, middle };
    }
  }
  return best?.start ?? -1;
}

/**
 * Drops The Hill's hover cards: "President Trump Donald John TrumpKamala Harris calls … MORE on Monday" becomes
 * "President Trump on Monday". A card is the person's full name, three of the site's headlines and "MORE"; it
 * starts right after the name the text has just given, whose surname the full name repeats.
 */
export function dropHoverCards(text: string): string {
  let out = '';
  let from = 0;
  for (const end of text.matchAll(CARD_END)) {
    if (end.index < from) continue;
    const start = cardStart(text, from, end.index);
    if (start < 0) continue;
    out += text.slice(from, start);
    from = end.index + end[0].length;
  }
  return out + text.slice(from);
}

const wordsOf = (text: string) => normalizeSentence(text).replace(/[^\p{L}\p{N}# ]/gu, '');

/** Chrome, hover cards and a repeated headline removed from the start of a text. */
export function dropChrome(text: string, title: string): string {
  let out = dropHoverCards(text.replace(/\s+/g, ' ').trim());
  const headline = wordsOf(title);
  for (let changed = true; changed; ) {
    changed = false;
    for (const chrome of LEADING_CHROME) {
      const next = out.replace(chrome, '');
      if (next !== out) [out, changed] = [next, true];
    }
    // The headline repeated as the text's first words.
    const words = out.split(' ');
    for (let n = Math.min(words.length, 40); headline && n > 0; n--) {
      if (wordsOf(words.slice(0, n).join(' ')) === headline) {
        [out, changed] = [words.slice(n).join(' '), true];
        break;
      }
    }
  }
  return out;
}

/** Characters of a text cleaned: leads come from its first sentences. */
const OPENING_CHARS = 6_000;

/**
 * Per outlet, the sentences of four words or more it repeats at the start of at least `minArticles` articles with
 * different headlines: its template (newsletter pitches, disclaimers, standing editor's notes), not news.
 */
export function templateSentences(
  articles: readonly ScrapedArticle[],
  minArticles = 4,
): Map<string, Set<string>> {
  const byOutlet = new Map<string, ScrapedArticle[]>();
  for (const article of articles) {
    const ofOutlet = byOutlet.get(article.outlet);
    if (ofOutlet) ofOutlet.push(article);
    else byOutlet.set(article.outlet, [article]);
  }
  const template = new Map<string, Set<string>>();
  for (const [outlet, ofOutlet] of byOutlet) {
    const repeated = findTemplateSentences(ofOutlet, minArticles);
    if (repeated.size > 0) template.set(outlet, repeated);
  }
  return template;
}

/** Cleans every article's text: chrome first, then its outlet's template sentences. */
export function cleanScrapedTexts(articles: readonly ScrapedArticle[]): string[] {
  // Only the opening matters for a lead; cutting there also bounds the work on very long texts.
  const stripped = articles.map((a) => ({ ...a, text: dropChrome(a.text.slice(0, OPENING_CHARS), a.title) }));
  const template = templateSentences(stripped);
  return stripped.map(({ outlet, text }) => dropTemplateSentences(text, template.get(outlet) ?? new Set()));
}
