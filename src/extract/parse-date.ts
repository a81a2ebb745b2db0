// Zone abbreviations seen in feeds that Date.parse does not know (it knows UT, GMT, Z and US zones).
const ZONES: Readonly<Record<string, string>> = {
  UTC: '+0000',
  WET: '+0000',
  BST: '+0100',
  IST: '+0530',
  CET: '+0100',
  MET: '+0100',
  WEST: '+0100',
  CEST: '+0200',
  MEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  GST: '+0400',
  PKT: '+0500',
  ICT: '+0700',
  WIB: '+0700',
  HKT: '+0800',
  SGT: '+0800',
  AWST: '+0800',
  JST: '+0900',
  KST: '+0900',
  ACST: '+0930',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  AST: '-0400',
  ADT: '-0300',
  NST: '-0330',
  NDT: '-0230',
  AKST: '-0900',
  AKDT: '-0800',
  HST: '-1000',
  BRT: '-0300',
  ART: '-0300',
};
// Month names of the languages whose feeds most often write them out (German, French, Spanish, Italian,
// Portuguese, Dutch), mapped to the English abbreviations Date.parse reads.
const MONTHS: Readonly<Record<string, string>> = {
  januar: 'Jan',
  janvier: 'Jan',
  enero: 'Jan',
  gennaio: 'Jan',
  janeiro: 'Jan',
  januari: 'Jan',
  ene: 'Jan',
  gen: 'Jan',
  janv: 'Jan',
  februar: 'Feb',
  février: 'Feb',
  fevrier: 'Feb',
  févr: 'Feb',
  febrero: 'Feb',
  febbraio: 'Feb',
  fevereiro: 'Feb',
  februari: 'Feb',
  fév: 'Feb',
  fev: 'Feb',
  märz: 'Mar',
  mär: 'Mar',
  mrz: 'Mar',
  mars: 'Mar',
  marzo: 'Mar',
  março: 'Mar',
  maart: 'Mar',
  mrt: 'Mar',
  avril: 'Apr',
  abril: 'Apr',
  aprile: 'Apr',
  avr: 'Apr',
  abr: 'Apr',
  mai: 'May',
  mayo: 'May',
  maggio: 'May',
  maio: 'May',
  mei: 'May',
  mag: 'May',
  juni: 'Jun',
  juin: 'Jun',
  junio: 'Jun',
  giugno: 'Jun',
  junho: 'Jun',
  giu: 'Jun',
  juli: 'Jul',
  juillet: 'Jul',
  juil: 'Jul',
  julio: 'Jul',
  luglio: 'Jul',
  julho: 'Jul',
  lug: 'Jul',
  august: 'Aug',
  août: 'Aug',
  aout: 'Aug',
  agosto: 'Aug',
  augustus: 'Aug',
  ago: 'Aug',
  september: 'Sep',
  septembre: 'Sep',
  septiembre: 'Sep',
  settembre: 'Sep',
  setembro: 'Sep',
  sept: 'Sep',
  set: 'Sep',
  oktober: 'Oct',
  octobre: 'Oct',
  octubre: 'Oct',
  ottobre: 'Oct',
  outubro: 'Oct',
  okt: 'Oct',
  ott: 'Oct',
  out: 'Oct',
  november: 'Nov',
  novembre: 'Nov',
  noviembre: 'Nov',
  novembro: 'Nov',
  dezember: 'Dec',
  décembre: 'Dec',
  decembre: 'Dec',
  diciembre: 'Dec',
  dicembre: 'Dec',
  dezembro: 'Dec',
  december: 'Dec',
  dez: 'Dec',
  déc: 'Dec',
  dic: 'Dec',
};
// Dates before this are CMS defaults (the Unix epoch, year 0001), not publication times.
const EARLIEST = Date.UTC(1990, 0, 1);

const ENGLISH_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|\d|,|$)/i;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A date as written in a feed — RFC 822/1123 with any zone name or offset, ISO 8601 with or without a zone
 * (no zone means UTC, not the server's local time), Unix seconds or milliseconds, unambiguous day-first
 * "30/05/2024 16:20", and month names in several European languages — or undefined.
 */
export function parseDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const time = parseIso(text) ?? parseEpoch(text) ?? parseSlashed(text) ?? parseRfc822(text);
  return time === undefined || Number.isNaN(time) || time < EARLIEST ? undefined : new Date(time);
}

function parseIso(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${(frac + '000').slice(0, 3)}${offset}`);
}

function parseEpoch(text: string): number | undefined {
  if (!/^\d{9,13}$/.test(text)) return undefined;
  const n = Number(text);
  return text.length > 11 ? n : n * 1000;
}

// "30/05/2024 16:20" or "30.05.2024": taken only when the day cannot be mistaken for a month.
function parseSlashed(text: string): number | undefined {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [, a = '', b = '', y = '', h = '0', mi = '0', s = '0'] = m;
  const [day, month] = Number(a) > 12 ? [a, b] : Number(b) > 12 ? [b, a] : [undefined, undefined];
  if (day === undefined || month === undefined) return Number.NaN;
  return Date.UTC(Number(y), Number(month) - 1, Number(day), Number(h), Number(mi), Number(s));
}

function parseRfc822(text: string): number | undefined {
  let t = text.replace(/^[^\d,]*,\s*/, ''); // weekday in any language
  t = t.replace(/\p{L}+\.?/gu, (word) => MONTHS[word.replace('.', '').toLowerCase()] ?? word);
  // Date.parse accepts nearly anything ("yesterday" is 2000-01-01); insist on a day, a month and a year.
  if (!/\b\d{1,2}\b/.test(t) || !/\b\d{2}(?:\d{2})?\b/.test(t) || !ENGLISH_MONTH.test(t)) return undefined;
  // Date.parse reads a four-digit year 0000–0099 as a two-digit one (0001 → 2001): a CMS default, not a date.
  if (/(?<![+-])\b00\d{2}\b/.test(t)) return undefined;
  t = t.replace(/\b([A-Z]{3,4})$/, (zone) => ZONES[zone] ?? zone);
  // Without a zone Date.parse would use the server's local time; feeds mean UTC.
  if (!/(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UT|Z|[ECMP][SD]T))$/i.test(t)) t = `${t} +0000`;
  return Date.parse(t);
}
