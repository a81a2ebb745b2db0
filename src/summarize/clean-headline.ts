// Section labels that outlets put before a headline; they say what kind of piece it is, not what happened. Not
// "Report:", which says who claims it ("Report: Nielsen almost resigned over Trump tirade" is a report's claim;
// without it the title states it as fact).
const PREFIX =
  /^\s*(?:opinion|analysis|watch|breaking(?: news)?|exclusive|live(?: updates)?|update[ds]?|video|editorial|commentary|fact[- ]check|photos|just in|developing|listen|podcast|explainer)\s*[:|—–-]\s*/i;

const SEPARATOR = /\s+(?:[|—–-]|::)\s+/;

/**
 * A headline without what is not news: section prefixes ("OPINION:", "WATCH:"), the outlet's name after a
 * separator (" - CNN", " | Fox News"), all-caps shouting and a trailing period.
 */
export function cleanHeadline(title: string, outletName?: string): string {
  let text = title.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(PREFIX, '');
  }
  // "Exclusive: here's the tentative deal …": a headline that began after its label begins with a capital, unless
  // its first word is written small on purpose ("de Blasio …", "iPhone …").
  text = text.replace(
    /^(here['’]s|here|the|a|an|how|why|what|who|when|where|this|these|new)\b/,
    (word) => word.charAt(0).toUpperCase() + word.slice(1),
  );
  text = stripOutletSuffix(text, outletName);
  text = closeOpenQuotation(quietShouting(text));
  if (ABBREVIATION_AT_END.test(text)) return text;
  return text.replace(/\s*[.]+$/, '').trim();
}

/**
 * A headline the source cut off inside a quotation ("… Inside Trump’s Immigration ‘Ban") gets its closing mark. A
 * right single quote after the opening one (an apostrophe, a closing mark) leaves it as it is.
 */
function closeOpenQuotation(text: string): string {
  const open = Math.max(text.lastIndexOf('‘'), text.lastIndexOf('“'));
  if (open === -1) return text;
  const close = text[open] === '‘' ? '’' : '”';
  return text.includes(close, open + 1) ? text : `${text}${close}`;
}

// A final period that belongs to an abbreviation ("U.S.", "D.C.", "Jr.") is part of the word, not punctuation.
const ABBREVIATION_AT_END = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|Inc|Corp|Ltd|Co|St)\.)$/u;

function stripOutletSuffix(text: string, outletName: string | undefined): string {
  const parts = text.split(SEPARATOR);
  if (parts.length < 2) return text;
  const last = parts.at(-1)!;
  const pipe = / [|] [^|]*$/.test(text);
  if (isOutletName(last, outletName) || (pipe && looksLikeName(last))) {
    return text.slice(0, text.length - last.length).replace(/\s*(?:[|—–-]|::)\s*$/, '');
  }
  return text;
}

// "Fox News", "The Tribune", "Reuters.com": a short run of capitalised words, as site names after a pipe are.
function looksLikeName(segment: string): boolean {
  const words = segment.split(' ');
  return words.length <= 4 && words.every((w) => /^(?:[\p{Lu}\d&]|of$|the$|and$|on$)/u.test(w));
}

const normalizeName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:the|online|news)\b/g, ' ')
    .replace(/\.(?:com|org|net|co\.uk)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');

function isOutletName(segment: string, outletName: string | undefined): boolean {
  if (segment.split(' ').length > 6) return false;
  const seg = normalizeName(segment);
  if (seg === '') return false;
  if (outletName !== undefined && normalizeName(outletName) === seg) return true;
  return /^(?:ap|reuters|afp|upi|bbc|cnn|npr|fox|foxnews|msnbc|cbs|cbsnews|nbc|nbcnews|abc|abcnews|axios|politico|bloomberg|thehill|nytimes|newyorktimes|washingtonpost|wsj|wallstreetjournal|usatoday|guardian|theguardian|breitbart|dailywire|dailycaller|nypost|newyorkpost|huffpost|vox|slate|salon|newsmax|theblaze|reason)$/.test(
    seg,
  );
}

// Acronyms that stay in capitals; any other all-caps word of five or more letters is shouting.
// Written in capitals in a headline that is not shouting: the names of agencies, treaties and groups the news
// abbreviates (the snapshot's headlines write USMCA, NAFTA, SCOTUS, GLAAD, AIPAC, NASCAR, USCIS and USAID so).
const ACRONYMS = new Set(
  [
    'US USA UK UN EU FBI CIA NSA IRS CDC FDA EPA DOJ DHS ICE GOP DNC RNC NFL NBA MLB NHL NCAA NATO OPEC FEMA NASA',
    'COVID NAACP UNICEF WHO IMF WTO AI LGBT LGBTQ CEO CNN NPR BBC AP ABC CBS NBC MSNBC ESPN ISIS SAT ACT GDP CPI DMV',
    'MRI DNA HIV AIDS SUV NRA ACLU SCOTUS POTUS FLOTUS NAFTA USMCA GLAAD AIPAC NASCAR USCIS USAID NIFLA DACA OSHA',
    'HUD CBP USPS NOAA FCC FTC SEC NIH NSC UNESCO UNHCR ASEAN FIFA IAEA ICYMI',
  ]
    .join(' ')
    .split(' '),
);
const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'to',
  'for',
  'and',
  'or',
  'at',
  'by',
  'as',
  'with',
]);

function quietShouting(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const allCaps = letters.length >= 12 && upper / letters.length > 0.8;
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    if (word !== word.toUpperCase() || word === word.toLowerCase() || ACRONYMS.has(word)) return word;
    if (!allCaps && word.length < 5) return word;
    const lower = word.toLowerCase();
    if (allCaps && offset > 0 && SMALL.has(lower)) return lower;
    return lower[0]!.toUpperCase() + lower.slice(1);
  });
}
