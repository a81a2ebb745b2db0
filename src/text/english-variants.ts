// One spelling for words the news writes two ways. Outlets of one event write "defence" and "defense", "organised"
// and "organized", "paediatric" and "pediatric", "GOP" and "Republican", "$3.5 trln" and "$3.5 trillion"; the
// Porter stemmer keeps each pair apart ("defenc" / "defens", "organis" / "organ"), so a British and an American
// report of one event shared fewer words than they should. Lower-case words in, American spellings and written-out
// words out. Only words whose two forms mean the same thing everywhere are listed: "Labour" the party reads as
// "labor" among the stems (its name stays a name), but "tire" and "kerb"/"curb" are left alone, and so are
// abbreviations that are also words in a language the clusterer reads ("dem" is German for "the").

/** Whole words: abbreviations and spellings no rule below covers. */
const WORDS: ReadonlyMap<string, string> = new Map([
  // abbreviations and names of one thing
  ['coronavirus', 'covid'],
  ['coronaviruses', 'covid'],
  ['covid19', 'covid'],
  ['gop', 'republican'],
  ['dems', 'democrats'],
  ['trln', 'trillion'],
  ['tln', 'trillion'],
  ['bln', 'billion'],
  ['bn', 'billion'],
  ['mln', 'million'],
  ['vax', 'vaccine'],
  ['vaxx', 'vaccine'],
  ['vaxxed', 'vaccinated'],
  ['admin', 'administration'],
  ['govt', 'government'],
  ['dept', 'department'],
  // British spellings that follow no rule below
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['pretence', 'pretense'],
  ['grey', 'gray'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['acknowledgement', 'acknowledgment'],
  ['ageing', 'aging'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['pyjamas', 'pajamas'],
  ['moustache', 'mustache'],
  ['sulphur', 'sulfur'],
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['analogue', 'analog'],
  ['enrol', 'enroll'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['fulfilment', 'fulfillment'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['counsellor', 'counselor'],
  ['counsellors', 'counselors'],
  // -tre → -ter
  ...[
    'centre',
    'theatre',
    'metre',
    'litre',
    'fibre',
    'calibre',
    'spectre',
    'sombre',
    'meagre',
    'lustre',
  ].flatMap((word): [string, string][] => {
    const american = `${word.slice(0, -2)}er`;
    return [
      [word, american],
      [`${word}s`, `${american}s`],
      [`${word.slice(0, -1)}ed`, `${american}ed`],
    ];
  }),
]);

/** British -our roots: the word and everything made from it ("favourite", "neighbourhood", "behavioural"). */
const OUR_ROOTS = [
  'labour',
  'favour',
  'honour',
  'colour',
  'behaviour',
  'neighbour',
  'rumour',
  'humour',
  'harbour',
  'armour',
  'vigour',
  'flavour',
  'saviour',
  'endeavour',
  'odour',
  'parlour',
  'tumour',
  'valour',
  'splendour',
  'rigour',
  'clamour',
  'candour',
  'fervour',
  'ardour',
  'savour',
  'demeanour',
  'vapour',
];

/** British spellings of the start of a word: "paediatrician", "haemorrhage", "sceptical". */
const PREFIXES: readonly (readonly [string, string])[] = [
  ...OUR_ROOTS.map((root): [string, string] => [root, root.replace(/our$/, 'or')]),
  ['paediatr', 'pediatr'],
  ['haem', 'hem'],
  ['anaes', 'anes'],
  ['anaem', 'anem'],
  ['leukaem', 'leukem'],
  ['orthopaed', 'orthoped'],
  ['encyclopaed', 'encycloped'],
  ['diarrhoe', 'diarrhe'],
  ['oestrogen', 'estrogen'],
  ['oesophag', 'esophag'],
  ['foetus', 'fetus'],
  ['foetal', 'fetal'],
  ['gynaecolog', 'gynecolog'],
  ['caesarean', 'cesarean'],
  ['palaeo', 'paleo'],
  ['scept', 'skept'],
];

/**
 * Roots written with -ise (British) or -ize (American), and the endings they take. Only listed roots change:
 * "promise", "surprise", "exercise" and "advise" are -ise everywhere, and an ending list keeps "capitalism",
 * "realistic" and "terrorist" as they are.
 */
const ISE_ROOTS = new Set([
  'organ',
  'recogn',
  'real',
  'critic',
  'apolog',
  'author',
  'priorit',
  'legal',
  'normal',
  'national',
  'privat',
  'mobil',
  'stabil',
  'destabil',
  'minim',
  'maxim',
  'modern',
  'hospital',
  'criminal',
  'decriminal',
  'character',
  'util',
  'final',
  'sympath',
  'summar',
  'subsid',
  'penal',
  'polar',
  'politic',
  'militar',
  'categor',
  'memor',
  'standard',
  'scrutin',
  'jeopard',
  'terror',
  'vandal',
  'weapon',
  'demon',
  'radical',
  'neutral',
  'global',
  'central',
  'decentral',
  'monopol',
  'harmon',
  'equal',
  'local',
  'immun',
  'fertil',
  'steril',
  'stigmat',
  'incentiv',
  'monet',
  'optim',
  'colon',
  'union',
  'euthan',
  'familiar',
  'capital',
  'industrial',
  'digit',
  'commercial',
  'marginal',
  'custom',
  'vapor',
  'visual',
  'emphas',
]);
const ISE_ENDINGS = 'e|es|ed|ing|er|ers|ation|ations|able';
const YSE_ROOTS = 'anal|paral|catal';
const YSE_ENDINGS = 'e|es|ed|ing|er|ers';
/** Root, the affix, ending: "organ" + "is" + "ation". */
const affixed = (roots: string, affix: string, endings: string) =>
  new RegExp(`^(${roots})${affix}(${endings})$`);
const ISE_WORD = affixed('[a-z]+', 'is', ISE_ENDINGS);
const YSE_WORD = affixed(YSE_ROOTS, 'ys', YSE_ENDINGS);

/**
 * The American (or written-out) form of a lower-case English word, or the word itself: "defence" → "defense",
 * "organisation" → "organization", "favourite" → "favorite", "gop" → "republican".
 */
export function englishVariant(word: string): string {
  let variant = CACHE.get(word);
  if (variant === undefined) {
    variant = findVariant(word);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(word, variant);
  }
  return variant;
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function findVariant(word: string): string {
  const whole = WORDS.get(word);
  if (whole !== undefined) return whole;
  const ise = ISE_WORD.exec(word);
  if (ise && ISE_ROOTS.has(ise[1]!)) return `${ise[1]}iz${ise[2]}`;
  const yse = YSE_WORD.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  for (const [british, american] of PREFIXES) {
    if (word.startsWith(british)) return american + word.slice(british.length);
  }
  return word;
}

/** Whole words by the form they read as: "covid" → coronavirus, coronaviruses, covid19. */
const WORDS_BY_VARIANT: ReadonlyMap<string, readonly string[]> = (() => {
  const inverse = new Map<string, string[]>();
  for (const [word, variant] of WORDS) inverse.set(variant, [...(inverse.get(variant) ?? []), word]);
  return inverse;
})();
const IZE_WORD = affixed('[a-z]+', 'iz', ISE_ENDINGS);
const YZE_WORD = affixed(YSE_ROOTS, 'yz', YSE_ENDINGS);
// Endings after an -our root that make a word in both spellings ("favour" + "ite"); "honorary" has no British u.
const OUR_ENDINGS = new Set([
  '',
  's',
  'ed',
  'ing',
  'er',
  'ers',
  'ite',
  'ites',
  'able',
  'ful',
  'hood',
  'hoods',
  'al',
  'less',
]);
// "hem" starts too many words of its own ("hemisphere", "hemp") to be written "haem" backwards.
const NOT_REVERSED = new Set(['haem']);

/**
 * Every listed spelling of a lower-case word, the word first: "defense" → defense, defence; "covid" → covid,
 * coronavirus, coronaviruses, covid19; "organization" → organization, organisation. Search uses it, so that a
 * reader who types one spelling finds the articles written in the other.
 */
export function englishSpellings(word: string): string[] {
  const variant = englishVariant(word);
  const spellings = new Set([word, variant, ...(WORDS_BY_VARIANT.get(variant) ?? [])]);
  const ize = IZE_WORD.exec(variant);
  if (ize && ISE_ROOTS.has(ize[1]!)) spellings.add(`${ize[1]}is${ize[2]}`);
  const yze = YZE_WORD.exec(variant);
  if (yze) spellings.add(`${yze[1]}ys${yze[2]}`);
  for (const [british, american] of PREFIXES) {
    if (NOT_REVERSED.has(british) || !variant.startsWith(american)) continue;
    const rest = variant.slice(american.length);
    if (OUR_ROOTS.includes(british) && !OUR_ENDINGS.has(rest)) continue;
    spellings.add(british + rest);
  }
  return [...spellings];
}
