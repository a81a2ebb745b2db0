// Which of two copies of one text (a wire report and its reprint) is the original. The clusterer sees articles one
// by one, in publication order, but a publication time often cannot tell a report from its reprint: sources dated by
// the day give both the same day, and an agency's report carries the time of its latest update, after the reprint
// of its first version. So what the texts and outlets say of their source comes first.

/** A wire agency: the marks and names a reprint credits it by, and the outlets that are the agency itself. */
interface WireAgency {
  readonly name: string;
  /** The dateline mark in brackets: "WASHINGTON (AP) — ". */
  readonly mark: string;
  /** The name a byline or credit line gives ("By The Associated Press", "Reporting by … for Reuters"). */
  readonly credits: readonly string[];
  readonly outlets: readonly string[];
}

const WIRE_AGENCIES: readonly WireAgency[] = [
  { name: 'AP', mark: 'AP', credits: ['Associated Press'], outlets: ['apnews.com', 'ap.org'] },
  { name: 'Reuters', mark: 'Reuters', credits: ['Reuters'], outlets: ['reuters.com', 'reutersagency.com'] },
  {
    name: 'AFP',
    mark: 'AFP',
    credits: ['Agence France-Presse', 'Agence France Presse'],
    outlets: ['afp.com'],
  },
  { name: 'Bloomberg', mark: 'Bloomberg', credits: ['Bloomberg News'], outlets: ['bloomberg.com'] },
  { name: 'UPI', mark: 'UPI', credits: ['United Press International'], outlets: ['upi.com'] },
];

const AGENCY_OF_OUTLET = new Map(WIRE_AGENCIES.flatMap((a) => a.outlets.map((o) => [o, a.name] as const)));
// Every agency's marks and names in one pattern (one pass over a text, which most articles end without a match),
// each alternative told back to its agency.
const AGENCY_OF_CREDIT = new Map(
  WIRE_AGENCIES.flatMap((a) => [`(${a.mark})`, ...a.credits].map((credit) => [credit, a.name] as const)),
);
const CREDIT = new RegExp(
  [...AGENCY_OF_CREDIT.keys()]
    .map((credit) => (credit.startsWith('(') ? credit.replace(/[()]/g, '\\$&') : `\\b${credit}\\b`))
    .join('|'),
  'g',
);
const NO_CREDITS: readonly string[] = [];

const DAY_MS = 86_400_000;

/** What an article says of where its text came from: its outlet, its time and the agencies its text credits. */
export interface SourceFacts {
  /** The wire agency the outlet is, if it is one. */
  readonly agency: string | undefined;
  /** The wire agencies the title or text credits by their mark or name. */
  readonly credits: readonly string[];
  /** Publication time (epoch milliseconds), NaN when unknown. */
  readonly time: number;
  /** True when the time is a date only (midnight UTC: a feed or data set that gives days only). */
  readonly dateOnly: boolean;
  /** Words of the text. */
  readonly words: number;
}

/** The facts of one article, as the clusterer and the story page both read them. */
export function sourceFacts(article: {
  readonly outlet?: string | null | undefined;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
}): SourceFacts {
  const time = article.published === null ? Number.NaN : Date.parse(article.published);
  return {
    agency: article.outlet ? AGENCY_OF_OUTLET.get(article.outlet) : undefined,
    credits: creditsIn(`${article.title}\n${article.text}`),
    time,
    dateOnly: time % DAY_MS === 0,
    words: countWords(article.text),
  };
}

/** The agencies a text credits, in the order of WIRE_AGENCIES; the clusterer reads every article, so no array without one. */
function creditsIn(text: string): readonly string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CREDIT)) found.add(AGENCY_OF_CREDIT.get(match[0])!);
  if (found.size === 0) return NO_CREDITS;
  return WIRE_AGENCIES.map((a) => a.name).filter((name) => found.has(name));
}

/** Words of a text: runs of characters that are not white space (counted without splitting it). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

// What \s matches: ASCII white space and the Unicode spaces (no-break, en/em, line and paragraph separators, …).
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Why one copy of a text is taken for the original of another, strongest evidence first. */
export type SourceReason = 'credited' | 'earlier' | 'wire' | 'earlier-day' | 'fuller' | 'first';

/** A text is fuller when it has at least this much more words than the one contained in it. */
const FULLER_RATIO = 1.25;

/**
 * Which of two copies of one text is the more plausible source, and why; `a` is the one seen first, kept when
 * nothing tells them apart. In order: the agency the other's text credits ("(AP)", "Associated Press") is its
 * source whatever the times say; then the earlier time of day, when both have one; then a wire agency's own report
 * over another outlet's; then the earlier day; then the fuller text (the other's is contained in it).
 */
export function preferredSource(
  a: SourceFacts,
  b: SourceFacts,
): { readonly first: boolean; readonly reason: SourceReason } {
  const aCredited = a.agency !== undefined && b.credits.includes(a.agency);
  const bCredited = b.agency !== undefined && a.credits.includes(b.agency);
  if (aCredited !== bCredited) return { first: aCredited, reason: 'credited' };
  const timed = !Number.isNaN(a.time) && !Number.isNaN(b.time);
  if (timed && !a.dateOnly && !b.dateOnly && a.time !== b.time)
    return { first: a.time < b.time, reason: 'earlier' };
  const aWire = a.agency !== undefined;
  if (aWire !== (b.agency !== undefined)) return { first: aWire, reason: 'wire' };
  const aDay = Math.floor(a.time / DAY_MS);
  const bDay = Math.floor(b.time / DAY_MS);
  if (timed && aDay !== bDay) return { first: aDay < bDay, reason: 'earlier-day' };
  if (a.words >= b.words * FULLER_RATIO) return { first: true, reason: 'fuller' };
  if (b.words >= a.words * FULLER_RATIO) return { first: false, reason: 'fuller' };
  return { first: true, reason: 'first' };
}

const REASON_TEXT: Readonly<Record<SourceReason, string>> = {
  credited: 'the copies credit its agency in their text',
  earlier: 'it was published first',
  wire: 'it is the wire agency’s own report',
  'earlier-day': 'it was published on an earlier day',
  fuller: 'its text is the fuller one, the copies’ text is contained in it',
  first: 'it was found first (the times and outlets do not tell the copies apart)',
};

/** Why `original` is listed as the original of its copies, in words ("it is the wire agency's own report"). */
export function describeSourceReason(original: SourceFacts, copies: readonly SourceFacts[]): string {
  const order = Object.keys(REASON_TEXT) as SourceReason[];
  const reasons = new Set(
    copies.map((copy) => {
      const { first, reason } = preferredSource(original, copy);
      // A copy the rules would prefer (an older database, a copy the reader's preferences list here) gives none.
      return first ? reason : undefined;
    }),
  );
  const said = order.filter((r) => reasons.has(r)).map((r) => REASON_TEXT[r]);
  // Every carrier credits an agency none of them is: the text is that agency's, whose own report is not here.
  const all = [original, ...copies];
  const absent = original.credits.filter(
    (agency) => all.every((a) => a.credits.includes(agency)) && all.every((a) => a.agency !== agency),
  );
  if (absent.length > 0 && said.length > 0)
    said.unshift(
      `the text is ${absent.join(' and ')}’s (every copy credits it; its own report is not among these)`,
    );
  return said.join('; ');
}
