const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The date shapes news sites put in article paths, most specific first: /2021/06/24/ and /2021/6/24/ (CNN, NYT,
// Vox), /2021/jun/24/ (The Guardian, The Washington Times), -2021-06-24 and /2021-06-24/ (Reuters, CBS, Bloomberg),
// -20210624- (Chicago Tribune, New York Daily News). A year and month alone (/2021/06/, Slate) name no day.
const SHAPES: readonly RegExp[] = [
  /\/(20\d\d)\/(\d\d?)\/(\d\d?)(?=\/|$)/,
  /\/(20\d\d)\/([a-z]{3})\/(\d\d?)(?=\/|$)/i,
  /[/-](20\d\d)-(\d\d)-(\d\d)(?=[/._-]|$)/,
  /-(20\d\d)(\d\d)(\d\d)(?=[/._-])/,
];

/**
 * The publication day an article's URL gives in its path ("2021-06-24"), or undefined when it gives none. Only the
 * path is read (a query may carry any date), and an impossible date (month 13, 31 June) counts as none.
 */
export function urlPublicationDay(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const shape of SHAPES) {
    const match = shape.exec(path);
    if (!match) continue;
    const [, year, monthText, dayText] = match as RegExpExecArray & [string, string, string, string];
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS.indexOf(monthText.toLowerCase()) + 1;
    const day = Number(dayText);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (month >= 1 && month <= 12 && parsed.getUTCMonth() + 1 === month && parsed.getUTCDate() === day)
      return iso;
  }
  return undefined;
}
