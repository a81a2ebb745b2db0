import { HttpError } from './http-error.ts';

/** A positive integer path or query parameter, or a 400/404 naming it. */
export function parseId(value: string | undefined, name: string): number {
  if (value === undefined || !/^[1-9]\d{0,14}$/.test(value))
    throw new HttpError(404, `web: no ${name} "${value ?? ''}"`);
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
    throw new HttpError(400, `web: ${name} must be an integer, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max)
    throw new HttpError(400, `web: ${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
