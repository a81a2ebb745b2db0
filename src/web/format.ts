const DAY_MS = 86_400_000;

/** True when an ISO time carries only a date (the snapshot's day-precision sources store midnight UTC). */
export function isDateOnly(iso: string): boolean {
  return iso.endsWith('T00:00:00.000Z');
}

/** "Jul 31, 2021" or "Jul 31, 2021, 16:45 UTC". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (isDateOnly(iso)) return day;
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** "3 hours ago", "2 days ago", or the date, relative to `now`. */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  if (isDateOnly(iso)) {
    const days = Math.round(ms / DAY_MS);
    if (days <= 0) return 'today';
    if (days === 1) return 'yesterday';
    return days < 14 ? `${days} days ago` : formatTime(iso);
  }
  if (ms < 60_000) return 'just now';
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min ago`;
  if (ms < DAY_MS) return `${Math.round(ms / 3_600_000)} h ago`;
  if (ms < 1.5 * DAY_MS) return '1 day ago';
  if (ms < 14 * DAY_MS) return `${Math.round(ms / DAY_MS)} days ago`;
  return formatTime(iso);
}

/** "1 article", "12 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "Left", "Center", "Right" or "Unrated". */
export function sideName(side: string | null | undefined): string {
  if (side === 'left') return 'Left';
  if (side === 'center') return 'Center';
  if (side === 'right') return 'Right';
  return 'Unrated';
}
