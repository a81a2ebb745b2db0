// Which days of the week an article's title and lead name. Reports of one event name the day it happened ("on
// Tuesday"), so two articles a day apart on one subject (the House voting on a committee on Tuesday, its chair named
// on Wednesday) name different days while two reports of one vote name the same. Shared words cannot say this: the
// English day names are stopwords, and a cosine never counts a mismatch against a pair.
import { hasCjk } from './scan-words.ts';

/** Days in a week: the bits of a day set, Monday (bit 0) to Sunday (bit 6). */
const DAY_BITS = 7;

// Lower-case day names per language (English, French, German, Spanish, Malay, Indonesian). Abbreviations are left
// out ("Sat", "Sun", "Wed" are words too); so is Indonesian "Minggu", which also means "week".
const NAMES: readonly (readonly string[])[] = [
  ['monday', 'lundi', 'montag', 'lunes', 'isnin', 'senin'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'selasa'],
  ['wednesday', 'mercredi', 'mittwoch', 'miércoles', 'miercoles', 'rabu'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'khamis', 'kamis'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'jumaat', 'jumat'],
  ['saturday', 'samedi', 'samstag', 'sábado', 'sabado', 'sabtu'],
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'ahad'],
];
const BIT_OF = new Map(NAMES.flatMap((names, day) => names.map((name) => [name, 1 << day] as const)));
// A day name inside a name or a set phrase names no day: Santo Domingo, Plácido Domingo, Good Friday, Black Friday,
// Mardi Gras, the Sunday Times.
const NOT_A_DAY_AFTER = new Set(['santo', 'plácido', 'placido', 'good', 'black', 'cyber']);
const NOT_A_DAY_BEFORE = new Set(['gras', 'times', 'telegraph', 'express', 'mirror', 'agreement']);
// Chinese: 星期二, 礼拜二 (Sunday also 日 or 天), and 周二/週二 unless the characters after it make 周 "week" (每周一次
// "once a week", 本周一些, 第一周二十, 本周日程) or part of a name (周一围).
const CHINESE =
  /(?:星期|礼拜|禮拜)([一二三四五六日天])|[周週]([一二三四五六日])(?![次些十百千万萬回遍个個年程围圍来來内內天])/gu;
const CHINESE_DAY = '一二三四五六';

/**
 * The days of the week named among `words` (lower-cased words as scanned, title first), as a bit set: bit 0 is
 * Monday, bit 6 Sunday; 0 when none is named.
 */
export function weekdayMentions(words: readonly string[]): number {
  let days = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const bit = BIT_OF.get(word);
    if (bit !== undefined) {
      if (!NOT_A_DAY_AFTER.has(words[i - 1] ?? '') && !NOT_A_DAY_BEFORE.has(words[i + 1] ?? '')) days |= bit;
      continue;
    }
    if (!hasCjk(word)) continue;
    for (const [, formal, short] of word.matchAll(CHINESE)) {
      const index = CHINESE_DAY.indexOf((formal ?? short)!);
      days |= 1 << (index === -1 ? DAY_BITS - 1 : index);
    }
  }
  return days;
}

/** Whether a word (lower case, as scanned) is a day name weekdayMentions reads. */
export function isDayName(word: string): boolean {
  return BIT_OF.has(word);
}

const ENGLISH = NAMES.map((names) => names[0]!.charAt(0).toUpperCase() + names[0]!.slice(1));

/** The English names of the days in a bit set from weekdayMentions, Monday first. */
export function dayNames(days: number): string[] {
  return ENGLISH.filter((_, day) => (days & (1 << day)) !== 0);
}
