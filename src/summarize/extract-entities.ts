import { cleanBody, isStopword, splitSentences, withoutPhotoCredits } from '../text/index.ts';
import { bodyOf } from './build-story-model.ts';
import type { SynthesisArticle } from './types.ts';

const NAME = /[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|on\s+|de\s+|van\s+|von\s+)?[\p{Lu}][\p{L}'’.-]*)*/gu;
const NOT_NAMES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December The A An This That These Those He She It They We I You His Her Their Our In On At For But And Or As If When While After Before Since During Under Over About According Still Yet So Also More Most Some Many Several Other Others Both All Now Then Here There What Who Why How Where Which Mr Mrs Ms Dr FILE File'.split(
    ' ',
  ),
);

// Names with "and" inside, which NAME would cut in two ("Food" and "Drug Administration"); "and" between two
// names usually joins two things ("Trump and Biden"), so only these are read whole.
const NAMES_WITH_AND =
  /\b(?:Food and Drug Administration|Centers for Disease Control and Prevention|Immigration and Customs Enforcement|Customs and Border Protection|(?:Department of )?Health and Human Services|(?:Department of )?Housing and Urban Development|Securities and Exchange Commission|House Ways and Means Committee|Ways and Means Committee|Fish and Wildlife Service|National Oceanic and Atmospheric Administration|National Aeronautics and Space Administration|Bill and Melinda Gates Foundation|Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|São Tomé and Príncipe|Turks and Caicos|Saint Vincent and the Grenadines)\b/gu;

/**
 * Names that several articles of the story mention (capitalised word runs in leads and text, not sentence-initial
 * function words, photo credits left out), most articles first; a name inside a longer chosen name ("Biden" in
 * "Joe Biden") is dropped.
 */
export function extractEntities(articles: readonly SynthesisArticle[], limit = 8): string[] {
  const df = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    const names = new Set<string>();
    const add = (name: string) => {
      names.add(name);
      total.set(name, (total.get(name) ?? 0) + 1);
    };
    // Page chrome first (credits without brackets, "Photo: … via Getty Images", notices), then bracketed credits.
    for (const sentence of splitSentences(withoutPhotoCredits(cleanBody(bodyOf(article).slice(0, 3000))))) {
      const whole = [...sentence.matchAll(NAMES_WITH_AND)].map((m) => {
        add(m[0]);
        return [m.index, m.index + m[0].length] as const;
      });
      for (const match of sentence.matchAll(NAME)) {
        const matchEnd = match.index + match[0].length;
        if (whole.some(([start, end]) => match.index < end && matchEnd > start)) continue;
        const name = tidy(match[0], match.index === 0 || /^["“‘(]$/.test(sentence.slice(0, match.index)));
        if (name !== undefined) add(name);
      }
    }
    for (const name of names) df.set(name, (df.get(name) ?? 0) + 1);
  }
  // One spelling per name whatever its case ("COVID", "Covid"): the commonest.
  const spelling = new Map<string, string>();
  for (const [name] of [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (!spelling.has(name.toLowerCase())) spelling.set(name.toLowerCase(), name);
  }
  for (const [name, n] of [...df]) {
    const canonical = spelling.get(name.toLowerCase())!;
    if (canonical === name) continue;
    df.delete(name);
    df.set(canonical, Math.max(df.get(canonical) ?? 0, n));
  }
  const minDf = articles.length > 1 ? 2 : 1;
  const ranked = [...df]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || total.get(b[0])! - total.get(a[0])! || (a[0] < b[0] ? -1 : 1))
    .map(([name]) => name);
  const chosen: string[] = [];
  for (const name of ranked) {
    if (chosen.length >= limit) break;
    const inside = chosen.some(
      (c) => c !== name && new RegExp(`(?:^|\\s)${escapeRegExp(name)}(?:$|\\s)`).test(c),
    );
    if (!inside) chosen.push(name);
  }
  return chosen;
}

function tidy(raw: string, atStart: boolean): string | undefined {
  const words = raw
    .replace(/['’]s$/u, '')
    .replace(/(?<!\.\p{Lu})[.'’-]+$/u, '')
    .split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  if (words.length === 1 && atStart && raw.startsWith(words[0]!)) return undefined;
  if (words.length === 1 && (isStopword(name.toLowerCase()) || name.length < 2)) return undefined;
  return name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
