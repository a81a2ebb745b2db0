export { makeLead, LEAD_MAX_CHARS } from './lead.ts';
export { endsWithTitle, splitSentences } from './sentences.ts';
export { stem } from './stem.ts';
export { isStopword, languageStopwords, STOPWORDS } from './stopwords.ts';
export { tokenize, tokenizeWithOffsets } from './tokenize.ts';
export { hashContent } from './content-hash.ts';
export { chineseGlossary, glossChinese } from './chinese-glosses.ts';
export { englishSpellings, englishVariant } from './english-variants.ts';
export { glossMalay, isMalay, malayRoot } from './malay-glosses.ts';
export { normalizeLanguageTag, writtenLanguage } from './language-tag.ts';
export { isOpinionPiece, type OpinionClues } from './opinion-piece.ts';
export {
  cleanBody,
  cleanSentence,
  isCaption,
  isNote,
  isTeaser,
  withoutAgencyMarks,
  withoutPhotoCredits,
} from './clean-sentence.ts';
export { HTML_TAG, htmlNestingDepth, INVISIBLE_ELEMENTS } from './html-nesting.ts';
export {
  describeSourceReason,
  preferredSource,
  type SourceFacts,
  type SourceReason,
  sourceFacts,
} from './syndication-source.ts';
