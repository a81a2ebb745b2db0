// An opinion piece argues a view; a report tells what happened. A neutral story page should not take its key
// points from the first, and a reader should see which is which. Outlets mark their opinion pieces in three places:
// a section label in the headline ("OPINION: The Retreat to Tribalism", "Analysis: …", "… | Opinion"), the outlet
// name a feed gives ("New York Times - Opinion") and, most reliably, the section of the link
// ("washingtonpost.com/opinions/2021/07/28/…", "washingtonexaminer.com/opinion/…", "theguardian.com/commentisfree/…").

/** A section label opening a headline. "Analysis" counts: it argues what the news means. */
const HEADLINE_LABEL =
  /^\s*(?:opinion|analysis|commentary|editorial|column|op-ed|perspective|the big idea|guest essay)\s*[:|—–-]/i;
/** A section label closing a headline ("… | Opinion", "… - Op-Ed"). */
const HEADLINE_SUFFIX = /\s[|—–-]\s*(?:opinion|op-ed|commentary|editorial|column)\s*$/i;
/**
 * Path segments of opinion sections (whole segments, so "/opinion-polls/" and "/editorial-team/" are not).
 * "columns" and "columnists" hold opinion at the outlets that use them (USA Today, Fox News, the New York Post).
 */
const OPINION_SECTIONS = new Set([
  'opinion',
  'opinions',
  'op-ed',
  'op-eds',
  'oped',
  'opeds',
  'commentary',
  'commentisfree',
  'editorial',
  'editorials',
  'columns',
  'columnists',
  'column',
  'perspectives',
  'guest-essay',
  'global-opinions',
  'political-commentary',
  // The Independent's and The Atlantic's opinion sections.
  'voices',
  'ideas',
]);
/** A slug that names its section last (USA Today: "…-ej-montini-column", "…-mcenany-opinion"). */
const OPINION_SLUG = /-(?:column|opinion|op-ed)$/;

/** What telling an opinion piece needs of an article. */
export interface OpinionClues {
  readonly title: string;
  readonly url?: string | undefined;
  readonly outletName?: string | undefined;
}

/** Whether the article is marked as opinion or analysis by its headline, its outlet's name or its link's section. */
export function isOpinionPiece({ title, url, outletName }: OpinionClues): boolean {
  if (HEADLINE_LABEL.test(title) || HEADLINE_SUFFIX.test(title)) return true;
  if (outletName !== undefined && /\bopinions?\b/i.test(outletName)) return true;
  return url !== undefined && inOpinionSection(url);
}

/**
 * A link's tracking parameter naming the opinion section it was clicked from ("?mod=hp_opin_pos_2" at The Wall
 * Street Journal, "?module=Opinion" at The New York Times), where the path does not say it.
 */
const OPINION_TRACKING = /(?:^|[_-])opin(?:ion)?(?:[_-]|$)/i;
/** The tracking parameters that name where a link was clicked; any other query (a search's filter) is no section. */
const TRACKING_KEYS = ['mod', 'module'];

function inOpinionSection(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const inPath = parsed.pathname
    .toLowerCase()
    .split('/')
    .some((segment) => OPINION_SECTIONS.has(segment) || OPINION_SLUG.test(segment));
  return inPath || TRACKING_KEYS.some((key) => OPINION_TRACKING.test(parsed.searchParams.get(key) ?? ''));
}
