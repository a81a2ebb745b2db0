import { topicSlug } from './topic-slug.ts';

// Names the synthesis extracts from article text include datelines ("WASHINGTON"), credits ("Getty Images"),
// titles ("President Joe Biden") and time phrases ("Joe Biden on Tuesday"). A topic is the person, place or
// organisation itself, so the index keeps the name without them and drops what is not a name at all. One thing
// written several ways ("U.S.", "US", "United States"; "GOP", "Republican", "Republicans") is one topic, and
// nationality adjectives ("American", "Chinese") describe other things rather than name one.

const TITLES =
  /^(?:(?:former|then|acting|ex|deputy)[- ])?(?:(?:u\.s\.|us|american|russian|chinese|french|british)\s+)?(?:vice president|president|prime minister|chancellor|senator|sen\.|representative|rep\.|governor|gov\.|lt\. gov\.|secretary of state|secretary of defense|secretary|attorney general|special counsel|press secretary|senate majority leader|senate minority leader|house majority leader|house minority leader|house speaker|speaker|mayor|judge|justice|chief justice|dr\.|mr\.|mrs\.|ms\.|gen\.|general|pope|king|queen|prince|princess)\s+(?=\p{Lu})/iu;
const TRAILING_TIME =
  /\s+(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/iu;
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const CREDITS = new Set([
  'getty images',
  'afp',
  'ap',
  'ap photo',
  'afp via getty images',
  'associated press',
  'reuters',
  'listen to article',
  // A caption's label and a credit's pool ("FILE PHOTO - …", "(Tom Williams/Pool via Reuters)"), a share widget
  'photo',
  'file photo',
  'pool',
  'click',
]);
// Words that are capitalised in headlines and datelines without naming anything on their own.
const NOT_TOPICS = new Set([
  'president',
  'department',
  'administration',
  'government',
  'calif',
  'fla',
  'mass',
  'tv',
  'share all',
  "i'm",
  'i’m',
  "i've",
  'i’ve',
  "i'd",
  'i’d',
  "i'll",
  'i’ll',
  // words left over from longer names ("Secretary of State", "State of the Union", "Food and Drug
  // Administration" cut at "and" by older syntheses), and adjectives
  'state',
  'union',
  'black',
  'white',
  'christian',
  'christians',
  'jewish',
  'muslim',
  'catholic',
  'evangelical',
  'hispanic',
  'latino',
  'confederate',
  'food',
  'immigration',
  'semitic', // "anti-Semitic"
  // cut from a longer name or a number: "Meet the Press", "No. 2 issue"
  'press',
  'no',
]);
// States as datelines abbreviate them ("KALAMAZOO, Mich.", "CHARLOTTESVILLE, Va."), matched as spelt: "VA" (Veterans
// Affairs) and "LA" stay. The dotted two-letter ones ("N.J.") are aliases of their states below.
const DATELINE_STATES = new Set(
  (
    'Ala Ariz Ark Colo Conn Del Ga Ill Ind Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va ' +
    'Wash Wis Wyo'
  ).split(' '),
);
// A party and state after a lawmaker's name ("Sen. Bernie Sanders (I-VT)", "Rep. Adam Schiff, D-Calif.").
const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
// An adjective made of a name ("Obama-era rules", "Saudi-led coalition", "Iran-backed militias").
const NAME_ADJECTIVE = /-(?:era|led|backed|based|linked|owned|funded|style|born|allied|aligned)$/iu;
const DOMAIN = /\.(?:com|org|net|gov|edu|co|io|news|tv|uk)\b/i;

// Spellings of the same topic, by alias key (see aliasKey), and the name it is shown as.
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'United States': ['us', 'usa', 'unitedstates', 'unitedstatesofamerica', 'america'],
    'United Kingdom': ['uk', 'unitedkingdom', 'britain', 'greatbritain'],
    'United Nations': ['un', 'unitednations'],
    'European Union': ['eu', 'europeanunion'],
    Republicans: ['gop', 'republican', 'republicans', 'republicanparty'],
    Democrats: ['democrat', 'democrats', 'democratic', 'democraticparty'],
    'COVID-19': ['covid', 'covid19', 'coronavirus', 'sarscov2'],
    'Justice Department': ['doj', 'justicedepartment', 'departmentofjustice'],
    'Supreme Court': ['scotus', 'supremecourt', 'ussupremecourt'],
    Senate: ['senate', 'ussenate'],
    'House of Representatives': ['house', 'houseofrepresentatives', 'ushouse', 'ushouseofrepresentatives'],
    Congress: ['congress', 'uscongress'],
    'D.C.': ['dc', 'washingtondc'],
    'New York': ['newyork', 'ny'],
    // states by the abbreviations of datelines ("TRENTON, N.J."); "Va." and "Ind." also mean other things
    'New Jersey': ['newjersey', 'nj'],
    'New Hampshire': ['newhampshire', 'nh'],
    'New Mexico': ['newmexico', 'nm'],
    'North Carolina': ['northcarolina', 'nc'],
    'South Carolina': ['southcarolina', 'sc'],
    'North Dakota': ['northdakota', 'nd'],
    'South Dakota': ['southdakota', 'sd'],
    'Rhode Island': ['rhodeisland', 'ri'],
    'West Virginia': ['westvirginia', 'wva'],
    'Affordable Care Act': ['affordablecareact', 'obamacare', 'aca'],
    // Names with "and" inside, and the halves older syntheses kept of them
    'Food and Drug Administration': ['fda', 'foodanddrugadministration', 'drugadministration'],
    'Centers for Disease Control and Prevention': [
      'cdc',
      'centersfordiseasecontrol',
      'centersfordiseasecontrolandprevention',
      'diseasecontrol',
      'prevention',
    ],
    'Immigration and Customs Enforcement': ['ice', 'immigrationandcustomsenforcement', 'customsenforcement'],
    'Customs and Border Protection': ['cbp', 'customsandborderprotection'],
    'National Rifle Association': ['nra', 'nationalrifleassociation'],
    'Donald Trump': ['donaldtrump', 'donaldjtrump', 'donaldjohntrump'],
  }).flatMap(([name, keys]) => keys.map((key) => [key, name] as const)),
);
const DEMONYMS = new Set(
  (
    'american british chinese russian iranian israeli mexican canadian european french german japanese korean ' +
    'indian ukrainian syrian saudi afghan iraqi cuban venezuelan australian italian spanish turkish african ' +
    'asian pakistani egyptian brazilian northkorean southkorean africanamerican nativeamerican ' +
    'centralamerican latinamerican asianamerican'
  ).split(' '),
);

/** A name's slug without its dashes: "U.S." and "US" meet at "us". */
function aliasKey(name: string): string {
  return topicSlug(name)?.replaceAll('-', '') ?? '';
}

/** The topic a name stands for: titles and trailing time phrases removed; undefined when it is not a topic. */
export function topicName(raw: string): string | undefined {
  // "Beto O' Rourke": a scraper's space after the apostrophe of O' and D'.
  let name = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\b([OD]['’]) (?=\p{Lu})/gu, '$1');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TITLES, '').replace(TRAILING_TIME, '');
  }
  const lower = name.toLowerCase();
  if (name === '' || MONTHS.has(lower.replace(/\.$/, '')) || CREDITS.has(lower) || DOMAIN.test(name))
    return undefined;
  if (NOT_TOPICS.has(lower.replace(/\.$/, '')) || DATELINE_STATES.has(name.replace(/\.$/, '')))
    return undefined;
  // Words run together by a scraper ("TrumpGOP"): page furniture, not a name. An AP caption's "FILE- In this …".
  if (/\p{Ll}\p{Lu}{2,}/u.test(name) || /^FILE\b/.test(name)) return undefined;
  // …or a word said twice ("Trump Donald John Trump", "TrumpTrump"): a scraped tag line.
  const words = lower.split(/[\s-]+/);
  if (
    new Set(words).size < words.length ||
    words.some((w) => w.length >= 6 && w === w.slice(0, w.length / 2).repeat(2))
  )
    return undefined;
  // All capitals beyond a short acronym ("NATO", "COVID") is a dateline or a heading ("WASHINGTON", "NEW YORK").
  if (!/\p{Ll}/u.test(name) && (name.includes(' ') || name.replace(/[^\p{L}]/gu, '').length > 5))
    return undefined;
  if (PARTY_STATE.test(name) || NAME_ADJECTIVE.test(name)) return undefined;
  const key = aliasKey(name);
  if (DEMONYMS.has(key)) return undefined;
  return ALIASES.get(key) ?? name;
}

// First words of two- or three-word names that are places or institutions, not people ("White House", "West
// Virginia", "Supreme Court"): their last word is no one's surname.
const NOT_FIRST_NAMES = new Set(
  (
    'White Supreme New North South East West United Saudi Hong Los San Las Santa Fox Wall Capitol Islamic ' +
    'Democratic Republican Federal National Central Homeland State Justice European Soviet Middle Great Royal ' +
    'Golden Silicon Mount Lake Fort Camp Air Black Green Red Blue Pacific Atlantic Gulf Big Old Prime Planned ' +
    'Affordable Paycheck Inflation Medicare Social Special Secret Border Homeland Defense Pentagon Senate House ' +
    'Southern Northern Eastern Western Washington Wuhan Tiananmen Times Daily Sunday Morning Evening Breaking'
  ).split(' '),
);

// "Joe", "O'Rourke", "Ocasio-Cortez", "McConnell", "J.": a capital, then lower case, in parts.
const PERSON_WORD = /^\p{Lu}(?:\.|\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*)$/u;

/** The surname of a person's full name ("Donald Trump" → "Trump"), or undefined when it does not look like one. */
export function surnameOf(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || words.some((word) => NOT_FIRST_NAMES.has(word)))
    return undefined;
  if (!words.every((word) => PERSON_WORD.test(word) && !/['’]s$/u.test(word))) return undefined;
  return words.at(-1);
}

/**
 * The topics of one story's names, in order and without repeats, a surname alone folded into the full name the
 * story also gives ("Trump" beside "Donald Trump" is one topic, not two).
 */
export function storyTopicNames(entities: readonly string[]): string[] {
  const names = entities.map(topicName).filter((name): name is string => name !== undefined);
  const surnames = new Set(
    names.map(surnameOf).flatMap((surname) => (surname === undefined ? [] : [aliasKey(surname)])),
  );
  return [...new Set(names.filter((name) => name.includes(' ') || !surnames.has(aliasKey(name))))];
}
