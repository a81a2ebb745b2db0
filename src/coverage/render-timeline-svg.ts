import type { Timeline, TimelineGranularity } from './compute-timeline.ts';

export interface TimelineSvgOptions {
  readonly width?: number;
  readonly height?: number;
  /** Heading read by screen readers and shown as a tooltip (default "Coverage over time"). */
  readonly title?: string;
  /** Prefix of the element ids, to keep several charts on one page apart (letters, digits and "-" only). */
  readonly idPrefix?: string;
}

// Readers' convention: Left blue, Center grey, Right red, unrated hatched (DESIGN §7); labels always shown too.
const SERIES = [
  { key: 'left', name: 'Left', fill: '#2166ac' },
  { key: 'center', name: 'Center', fill: '#9e9e9e' },
  { key: 'right', name: 'Right', fill: '#b2182b' },
  { key: 'unrated', name: 'Unrated', fill: 'hatch' },
] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MARGIN = { top: 26, right: 8, bottom: 22, left: 30 };
/** Room for one legend entry ("Unrated 1234") across, and for one row of the legend down. */
const LEGEND_STEP = { x: 120, y: 16 };

/**
 * Coverage over time as a stacked bar chart in SVG, rendered on the server. Safe to embed unescaped: the
 * output holds only numbers, fixed markup and escaped text. Accessible: role="img" with a title and a
 * description that states the counts, a <title> per bar, and a text legend.
 */
export function renderTimelineSvg(timeline: Timeline, options: TimelineSvgOptions = {}): string {
  const width = clampSize(options.width, 640);
  const height = clampSize(options.height, 200);
  const id = (options.idPrefix ?? 'timeline').replace(/[^A-Za-z0-9-]/g, '') || 'timeline';
  const title = escapeXml(options.title ?? 'Coverage over time');
  const buckets = timeline.buckets.map((b) => ({
    label: formatTime(b.start, timeline.granularity),
    counts: SERIES.map((s) => count(b[s.key])),
  }));
  const totals = SERIES.map((_, i) => buckets.reduce((sum, b) => sum + b.counts[i]!, 0));
  const peak = Math.max(1, ...buckets.map((b) => b.counts.reduce((a, c) => a + c, 0)));
  const desc = describe(buckets, totals, timeline.granularity);
  // The legend takes as many rows as the width needs (two on a phone's chart), and the plot starts below it.
  const perRow = Math.max(1, Math.floor((width - MARGIN.left) / LEGEND_STEP.x));
  const top = MARGIN.top + (Math.ceil(SERIES.length / perRow) - 1) * LEGEND_STEP.y;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - top - MARGIN.bottom;
  const slot = buckets.length > 0 ? plotW / buckets.length : plotW;
  const barW = Math.max(1, slot * 0.8);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${title}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#6b6b6b" stroke-width="2"/></pattern></defs>`,
    legend(id, totals, perRow),
    `<line x1="${MARGIN.left}" y1="${top + plotH}" x2="${width - MARGIN.right}" y2="${top + plotH}" stroke="#444444"/>`,
    `<line x1="${MARGIN.left}" y1="${top}" x2="${MARGIN.left}" y2="${top + plotH}" stroke="#444444"/>`,
    text(MARGIN.left - 4, top + 4, String(peak), 'end'),
    text(MARGIN.left - 4, top + plotH, '0', 'end'),
  ];
  buckets.forEach((bucket, i) => {
    const x = MARGIN.left + i * slot + (slot - barW) / 2;
    let y = top + plotH;
    const rects = SERIES.map((series, k) => {
      const h = (bucket.counts[k]! / peak) * plotH;
      y -= h;
      if (h <= 0) return '';
      const fill = series.fill === 'hatch' ? `url(#${id}-hatch)` : series.fill;
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(barW)}" height="${num(h)}" fill="${fill}" stroke="#ffffff" stroke-width="0.5"/>`;
    }).join('');
    const tip = `${bucket.label}: ${SERIES.map((s, k) => `${s.name} ${bucket.counts[k]}`).join(', ')}`;
    parts.push(`<g><title>${escapeXml(tip)}</title>${rects}</g>`);
  });
  if (buckets.length === 0) parts.push(text(width / 2, top + plotH / 2, 'No dated articles', 'middle'));
  else {
    parts.push(text(MARGIN.left, height - 6, buckets[0]!.label, 'start'));
    if (buckets.length > 1) parts.push(text(width - MARGIN.right, height - 6, buckets.at(-1)!.label, 'end'));
  }
  parts.push('</svg>');
  return parts.join('');
}

function legend(id: string, totals: readonly number[], perRow: number): string {
  return SERIES.map((series, i) => {
    const x = MARGIN.left + (i % perRow) * LEGEND_STEP.x;
    const y = 6 + Math.floor(i / perRow) * LEGEND_STEP.y;
    const fill = series.fill === 'hatch' ? `url(#${id}-hatch)` : series.fill;
    return `<rect x="${x}" y="${y}" width="10" height="10" fill="${fill}" stroke="#444444" stroke-width="0.5"/>${text(x + 14, y + 9, `${series.name} ${totals[i]}`, 'start')}`;
  }).join('');
}

function describe(
  buckets: readonly { label: string; counts: readonly number[] }[],
  totals: readonly number[],
  granularity: TimelineGranularity,
): string {
  const total = totals.reduce((a, b) => a + b, 0);
  if (buckets.length === 0 || total === 0) return 'No dated articles.';
  const bySide = SERIES.map((s, i) => `${s.name} ${totals[i]}`).join(', ');
  const span =
    buckets.length > 1 ? `from ${buckets[0]!.label} to ${buckets.at(-1)!.label}` : `in ${buckets[0]!.label}`;
  return `${total} articles ${span}, counted by ${granularity}: ${bySide}.`;
}

function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end'): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="11" font-family="sans-serif" fill="#222222" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

function formatTime(iso: string, granularity: TimelineGranularity): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return '?';
  const d = new Date(time);
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  if (granularity === 'hour') return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:00 UTC`;
  return granularity === 'week' ? `week of ${day}, ${d.getUTCFullYear()}` : `${day}, ${d.getUTCFullYear()}`;
}

// Counts come from stored JSON: anything that is not a finite non-negative number is drawn as 0.
function count(value: unknown): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function clampSize(value: number | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) ? Math.min(4000, Math.max(120, Math.round(n))) : fallback;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
