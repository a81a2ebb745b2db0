export { makeLead, LEAD_MAX_CHARS } from './lead.ts';
export { splitSentences } from './sentences.ts';
export { stem } from './stem.ts';
export { isStopword, languageStopwords, STOPWORDS } from './stopwords.ts';
export { tokenize, tokenizeWithOffsets } from './tokenize.ts';
export { hashContent } from './content-hash.ts';
export { chineseGlossary, glossChinese } from './chinese-glosses.ts';
export { glossMalay, isMalay, malayRoot } from './malay-glosses.ts';
export { normalizeLanguageTag, writtenLanguage } from './language-tag.ts';
