import { normalizeLanguageTag } from '../text/index.ts';

/** Names the language of a text (ISO 639-1), using `hint` (e.g. the feed's language) when unsure. */
export type LanguageDetector = (text: string, hint?: string) => string | undefined;

let loading: Promise<LanguageDetector> | undefined;

// Below this length a text is a bare headline, and eld calls a wrong language "reliable" too often to overrule the
// feed: 2.3 % of the 40–80-character UCI headlines (17 % below 40, "Cinco de Mayo History and Myths" → Spanish)
// against 1 % of longer ones. A wrong language matters: the clusterer compares articles in two languages by names.
const SHORT_TEXT = 80;

/**
 * The language detector, loaded once: eld's medium n-gram database (about 0.4 s and 2 MB; the large one
 * takes 1.6 s for little gain on headlines and leads). The hint (the feed's language) wins for a bare headline;
 * on a longer text detection is trusted when eld calls it reliable, otherwise the hint wins, and without a hint a
 * confident-enough guess on a text of some length is kept.
 */
export function loadLanguageDetector(): Promise<LanguageDetector> {
  loading ??= import('eld/medium').then(({ eld }) => {
    const detector = eld.newInstance();
    return (text: string, hint?: string) => {
      const fallback = normalizeLanguageTag(hint);
      const length = text.trim().length;
      if (length < 12 || (fallback && length < SHORT_TEXT)) return fallback;
      const result = detector.detect(text);
      if (result.language && result.isReliable()) return result.language;
      return fallback ?? (text.length >= 40 && result.language ? result.language : undefined);
    };
  });
  return loading;
}
