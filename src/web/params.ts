import type { BiasBucket } from '../domain/index.ts';
import { HttpError } from './http-error.ts';

/** A positive integer path parameter, or a 404 naming it. */
export function parseId(value: string | undefined, name: string): number {
  if (value === undefined || !/^[1-9]\d{0,14}$/.test(value))
    throw new HttpError(404, `web: no ${name} "${(value ?? '').slice(0, 40)}"`);
  return Number(value);
}

/** An integer query parameter within [min, max], its default when absent, a 400 when malformed. */
export function parseIntParam(
  value: string | undefined,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  if (value === undefined || value === '') return fallback;
  if (!/^-?\d{1,15}$/.test(value))
    throw new HttpError(400, `web: ${name} must be an integer, got "${value.slice(0, 40)}"`);
  const n = Number(value);
  if (n < min || n > max)
    throw new HttpError(400, `web: ${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** One of `choices`, its default when absent, a 400 naming the choices otherwise. */
export function parseChoice<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  const named = choices.filter((choice) => choice !== '');
  throw new HttpError(400, `web: ${name} must be one of ${named.join(', ')}, got "${value.slice(0, 40)}"`);
}

/** A side filter: a bias bucket or "unrated". */
export type SideFilter = BiasBucket | 'unrated';
export const SIDE_FILTERS: readonly SideFilter[] = ['left', 'center', 'right', 'unrated'];

/** Longest search a reader may type. */
export const MAX_QUERY_LENGTH = 200;

/** The search text of `q`, trimmed; "" when absent; a 400 when too long. */
export function parseSearchText(value: string | undefined): string {
  const text = (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  // Characters as the OpenAPI maxLength counts them (code points): an emoji is one, not two UTF-16 units.
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH)
    throw new HttpError(400, `web: q must be at most ${MAX_QUERY_LENGTH} characters, got ${length}`);
  return text;
}

/** A topic slug as topicSlug() writes it, or a 404. */
export function parseSlug(value: string | undefined): string {
  if (value === undefined || value.length > 120 || !/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value))
    throw new HttpError(404, `web: no topic "${(value ?? '').slice(0, 60)}"`);
  return value;
}

/** An outlet id (a lower-case domain-like slug), or a 404. */
export function parseOutletId(value: string | undefined): string {
  if (value === undefined || !/^[a-z0-9][a-z0-9.~_-]{0,119}$/.test(value))
    throw new HttpError(404, `web: no outlet "${(value ?? '').slice(0, 60)}"`);
  return value;
}

// Date.parse rolls an impossible day over ("2020-02-30" is March 1st); a reader who typed it meant something else.
function isCalendarDate(ymd: string): boolean {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date or date-time query parameter as a UTC ISO string; undefined when absent; a 400 otherwise. */
export function parseTimeParam(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  // RFC 3339 (the OpenAPI date-time): a fraction of a second of any length (Python writes microseconds; Date.parse
  // keeps milliseconds), "T" and "Z" in either case.
  const time = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/i.test(value)
    ? Date.parse(value)
    : Number.NaN;
  if (Number.isNaN(time) || !isCalendarDate(value.slice(0, 10)))
    throw new HttpError(
      400,
      `web: ${name} must be an ISO 8601 date or date-time, got "${value.slice(0, 40)}"`,
    );
  return new Date(time).toISOString();
}
