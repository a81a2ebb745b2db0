import { eng, ind } from 'stopword';
import { isMalay } from './malay-glosses.ts';

/** Words too common in news to tell stories apart: English stopwords plus newsroom filler. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...[
    'said',
    'says',
    'say',
    'told',
    'also',
    'would',
    'could',
    'according',
    'report',
    'reported',
    'reports',
    'new',
    'one',
    'two',
    'year',
    'years',
    'time',
    'week',
    'day',
    'days',
    'like',
    'just',
    'get',
    'got',
    'many',
    'much',
    'may',
    'might',
    'must',
    'us',
    'mr',
    'mrs',
    'ms',
    'dr',
    'including',
    'news',
    'via',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'today',
    'yesterday',
    'tomorrow',
    'last',
    'first',
    'since',
    'still',
    'even',
    'way',
    'well',
    'make',
    'made',
    'take',
    'back',
    'opinion',
    'analysis',
    'watch',
    'video',
    'live',
    'update',
    'updates',
    'breaking',
    "it's",
    "don't",
  ],
]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token) || token.length < 2;
}

// Malay words the Indonesian list (Tala's, as the stopword package ships it) lacks: the two standards share most
// function words but spell some apart (bahawa/bahwa, kerana/karena) and report speech differently.
const MALAY_EXTRA = [
  'bahawa',
  'kerana',
  'iaitu',
  'beliau',
  'selepas',
  'sahaja',
  'mahu',
  'turut',
  'tersebut',
  'katanya',
  'menurutnya',
  'ujarnya',
  'semalam',
  'hari',
  'ini',
];

// Tala's list was counted over Indonesian news and holds one word that is a name in Malaysian and Singaporean news:
// Javanese "wong" (person) is also the surname Wong (Lawrence Wong, Singapore's deputy prime minister).
const NOT_MALAY_STOPWORDS = new Set(['wong']);

/** Function words of Malay and Indonesian (one written language for matching: Tala's list plus Malay spellings). */
const MALAY_STOPWORDS: ReadonlySet<string> = new Set(
  [...ind, ...MALAY_EXTRA].filter((word) => !NOT_MALAY_STOPWORDS.has(word)),
);

/**
 * Stopwords of a language beyond the English ones every text drops, or undefined. They apply only to text in that
 * language: "dan", "ada" and "para" are Malay function words but an English name, an act and a prefix.
 */
export function languageStopwords(language: string | undefined): ReadonlySet<string> | undefined {
  return isMalay(language) ? MALAY_STOPWORDS : undefined;
}
