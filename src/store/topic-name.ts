// Names the synthesis extracts from article text include datelines ("WASHINGTON"), credits ("Getty Images"),
// titles ("President Joe Biden") and time phrases ("Joe Biden on Tuesday"). A topic is the person, place or
// organisation itself, so the index keeps the name without them and drops what is not a name at all.

const TITLES =
  /^(?:(?:former|then|acting|ex|deputy)[- ])?(?:vice president|president|prime minister|chancellor|senator|sen\.|representative|rep\.|governor|gov\.|lt\. gov\.|secretary of state|secretary of defense|secretary|attorney general|senate majority leader|senate minority leader|house majority leader|house minority leader|house speaker|speaker|mayor|judge|justice|chief justice|dr\.|mr\.|mrs\.|ms\.|gen\.|general|pope|king|queen|prince|princess)\s+(?=\p{Lu})/iu;
const TRAILING_TIME =
  /\s+(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/iu;
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const CREDITS = new Set(['getty images', 'afp', 'ap', 'associated press', 'reuters', 'listen to article']);
const DOMAIN = /\.(?:com|org|net|gov|edu|co|io|news|tv|uk)\b/i;

/** The topic a name stands for: titles and trailing time phrases removed; undefined when it is not a topic. */
export function topicName(raw: string): string | undefined {
  let name = raw.trim().replace(/\s+/g, ' ');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TITLES, '').replace(TRAILING_TIME, '');
  }
  const lower = name.toLowerCase();
  if (name === '' || MONTHS.has(lower.replace(/\.$/, '')) || CREDITS.has(lower) || DOMAIN.test(name))
    return undefined;
  // All capitals beyond a short acronym ("NATO", "COVID") is a dateline or a heading ("WASHINGTON", "NEW YORK").
  if (!/\p{Ll}/u.test(name) && (name.includes(' ') || name.replace(/[^\p{L}]/gu, '').length > 5))
    return undefined;
  return name;
}
