const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 86_400_000;

// "will", "plans to"… in the same clause just before a bare weekday make it the coming one ("will vote
// Tuesday"); otherwise news reports the past ("released Friday"). A clause that speaks of the future elsewhere
// ("Trump will take the podium … Tuesday night") leaves its days as written: which Tuesday it means is a guess,
// and a wrong date is worse than none.
const FUTURE_WORDS =
  "\\b(?:will|won't|shall|set to|scheduled|plans? to|planned|planning to|expected(?: to)?|due(?!\\s+to\\b)|upcoming|ahead of|is to|are to)\\b";
const FUTURE = new RegExp(`${FUTURE_WORDS}[^,;.]{0,50}$`, 'i');
const FUTURE_ANYWHERE = new RegExp(FUTURE_WORDS, 'i');
// A verb in the past next to the day dates it whatever the rest of the sentence says: "The order, released Friday,
// directs … whether students will be masked", "The Supreme Court on Monday rejected …", "doubled down Wednesday".
// Not the participles that announce ("expected Friday", "set for Monday").
const PAST_VERB =
  '(?!(?:expected|scheduled|slated|planned|anticipated|delayed|postponed|moved|pushed|set|need|speed|feed|seed|bed|red|shed)\\b)(?:\\p{L}+ed|said|told|met|held|made|took|gave|sent|won|lost|began|came|went|spoke|wrote|left|struck|ran|led|fell|rose|sold|paid|became|fought|got|knew|stood|was|were|had)';
const PAST_JUST_BEFORE = new RegExp(
  `\\b${PAST_VERB}(?:\\s+(?:down|up|out|off|back|in|over|away))?\\s+(?:(?:on|early|late|last)\\s+)?$`,
  'iu',
);
const PAST_JUST_AFTER = new RegExp(`^,?\\s+${PAST_VERB}\\b`, 'iu');
// A greeting ("happy Wednesday!") names no day of an event either.
const NAMED_DAY_BEFORE =
  /\b(?:Super|Black|Cyber|Giving|Easter|Bloody|Ash|Palm|Good|Holy|Fat|Manic|Blue|[Hh]appy)\s+$/;
const PREPOSITION =
  /\b(?:by|until|till|since|before|after|from|through|past|starting|beginning|as of|for|as (?:early|late|soon) as)\s+$/i;
// A day a verb takes as its object ("J.K. Rowling spent Thursday once again …"): the date stands without "on".
const OBJECT_OF = /\b(?:spent|spend|spends|spending)\s+$/i;
// A day of the week used as an adjective ("heads into a Monday meeting", "midday Friday prayers", "the Tuesday
// deadline"): which one it means is a guess, and "on July 9" would break the sentence, so it stays as written.
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|its|their|our|your|my)\s+$/i;
const WORD_AFTER = /^\s+(\p{Ll}[\p{L}'’-]*)/u;
// Words that follow a day named as a time ("voted Tuesday to …", "met Friday with …"), not a noun it describes.
const AFTER_A_TIME = new Set(
  (
    'that to with in at as after before when and but or of for on by from about over against amid during while into ' +
    'until the a an his her its their it he she they we i you was were is are had has have will would could can ' +
    'should may might did does do said says told where if than because so not no also following along saying ' +
    'calling according under outside inside near through ahead afternoon morning evening night which who whom ' +
    'due despite without around across between toward towards among within via per including except like unlike ' +
    'since up down out off back again too just only even still then there here now all both each every some any ' +
    'more most less once soon later earlier instead'
  ).split(' '),
);

const RELATIVE = new RegExp(
  `\\b(?:(on|last|this past|this coming|next|this)\\s+)?(${WEEKDAYS.join('|')}|yesterday|tomorrow)\\b(?!['’]s)(\\s+(?:morning|afternoon|evening|night)\\b)?`,
  'gi',
);

/**
 * A sentence with its relative days ("on Monday", "yesterday", "by next Friday") made absolute from the
 * publication date of its article: "on Monday" → "on July 26", "Monday night" → "Monday night (July 26)".
 * Weekdays point back to the last such day unless the sentence speaks of the future; unchanged without a date.
 */
export function absolutizeDates(sentence: string, publishedAt: string | null, timeZone = 'UTC'): string {
  RELATIVE.lastIndex = 0;
  if (!RELATIVE.test(sentence)) return sentence;
  const published = publicationDay(publishedAt, timeZone);
  if (published === undefined) return sentence;
  return sentence.replace(
    RELATIVE,
    (match, modifier: string | undefined, day: string, part: string | undefined, offset: number) => {
      const after = sentence.slice(offset + match.length);
      // Already dated ("Monday, July 26"), not a day at all ("Mondays", a capitalised weekday mid-name), or a
      // possessive that a date in brackets would break ("Monday night’s caucuses").
      if (/^(?:,?\s*\(?(?:[A-Z][a-z]+\.? \d|\d)|['’]s\b)/.test(after)) return match;
      const isWeekday = /^[A-Z]/.test(day) && WEEKDAYS.includes(day);
      if (!isWeekday && !/^(?:yesterday|tomorrow)$/i.test(day)) return match;
      const before = sentence.slice(0, offset);
      // A day in a name: "Super Tuesday", "Black Friday", "his Sunday Service", "Monday Night Football".
      const named =
        NAMED_DAY_BEFORE.test(before) ||
        (part !== undefined && /^\s+\p{Lu}/u.test(part)) ||
        (!modifier && !part && /^ \p{Lu}/u.test(after));
      if (isWeekday && named) return match;
      const past = PAST_JUST_BEFORE.test(before) || PAST_JUST_AFTER.test(after);
      const next = WORD_AFTER.exec(after)?.[1]?.replace(/['’].*$/, '');
      const attributive =
        isWeekday &&
        !modifier &&
        !part &&
        (DETERMINER_BEFORE.test(before) ||
          (next !== undefined && !past && !AFTER_A_TIME.has(next.toLowerCase()) && !/ly$/.test(next)));
      if (attributive) return match;
      const future = FUTURE.test(before);
      const explicit = !isWeekday || /^(?:last|this past|next|this coming)$/i.test(modifier ?? '');
      if (!future && !explicit && !past && FUTURE_ANYWHERE.test(clauseAround(sentence, offset, match.length)))
        return match;
      const shift = daysFromPublication(day, modifier?.toLowerCase(), published.weekday, future);
      // A bare weekday that would fall six days back is the day after the article's date far more often: an
      // article dated by the day (or in UTC) tells of the next morning ("took effect early Friday morning" in a
      // Thursday report), an update ("chided … on Sunday" under Saturday's date) or a day ahead ("postponed until
      // Friday"); a report names a day a week back "last Friday". Which day it means is a guess, so it stays.
      if (isWeekday && !explicit && shift === -6) return match;
      // "Last Wednesday" a day or two back is the week before's as often: a report says "yesterday" or "on
      // Wednesday" of those days ("survived the shooting last Wednesday" in a Friday column, nine days on). Which
      // it means is a guess, so it stays.
      if (isWeekday && modifier?.toLowerCase() === 'last' && (shift === -1 || shift === -2)) return match;
      const date = formatDay(published.utcMidnight + shift * DAY_MS, published.year);
      if (part !== undefined) return `${match} (${date})`;
      if (PREPOSITION.test(before) || OBJECT_OF.test(before)) return date;
      const capital = /^[A-Z]/.test(match) && (offset === 0 || /[.!?]["”’]?\s*$/.test(before));
      return `${capital ? 'On' : 'on'} ${date}`;
    },
  );
}

// Where one clause ends and the next begins ("reopened the case on Monday and will seek …", "issued rules on how
// schools will …"): the future elsewhere in the sentence says nothing of this clause's day. Not "before" and
// "after", which are prepositions as often ("will take the podium … before Congress Tuesday night").
const CLAUSE_BREAK =
  /[,;:—–()]|\b(?:and|but|while|whereas|which|who|that|how|what|whether|when|where|because|although|though)\b/gi;

/** The clause of `sentence` around the `length` characters at `offset`. */
function clauseAround(sentence: string, offset: number, length: number): string {
  let start = 0;
  let end = sentence.length;
  for (const found of sentence.matchAll(CLAUSE_BREAK)) {
    if (found.index + found[0].length <= offset) start = found.index + found[0].length;
    else if (found.index >= offset + length) {
      end = found.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

function daysFromPublication(
  day: string,
  modifier: string | undefined,
  publishedWeekday: number,
  future: boolean,
): number {
  if (/^yesterday$/i.test(day)) return -1;
  if (/^tomorrow$/i.test(day)) return 1;
  const target = WEEKDAYS.indexOf(day);
  const ahead =
    modifier === 'next' ||
    modifier === 'this coming' ||
    (modifier !== 'last' && modifier !== 'this past' && future);
  if (ahead) {
    const gap = (target - publishedWeekday + 7) % 7;
    return gap === 0 && modifier === 'next' ? 7 : gap;
  }
  const gap = (publishedWeekday - target + 7) % 7;
  return gap === 0 && modifier === 'last' ? -7 : -gap;
}

function publicationDay(
  publishedAt: string | null,
  timeZone: string,
): { utcMidnight: number; weekday: number; year: number } | undefined {
  if (publishedAt === null) return undefined;
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) return undefined;
  const parts = dayFormat(timeZone).formatToParts(new Date(time));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const utcMidnight = Date.UTC(part('year'), part('month') - 1, part('day'));
  return { utcMidnight, weekday: new Date(utcMidnight).getUTCDay(), year: part('year') };
}

function formatDay(utcMidnight: number, publishedYear: number): string {
  const d = new Date(utcMidnight);
  const text = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return d.getUTCFullYear() === publishedYear ? text : `${text}, ${d.getUTCFullYear()}`;
}

// Building an Intl.DateTimeFormat costs far more than using one (it dominated synthesis time): keep one per zone.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}
