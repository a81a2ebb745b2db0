import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from './http-error.ts';

/** The largest form body read: every outlet hidden at once is a few KiB; more is refused before it is buffered. */
export const MAX_FORM_BYTES = 64 * 1024;

/** Refuses a form body larger than MAX_FORM_BYTES with a 413, before it is buffered. */
export function formBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: () => {
      throw new HttpError(413, `web: the form is larger than ${MAX_FORM_BYTES / 1024} KiB`);
    },
  });
}

/** The posted form (`all`: a field sent twice is an array), or a 400 when its body cannot be read as a form. */
export async function readForm(c: Context, all: boolean): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody({ all });
  } catch {
    // A malformed multipart body (a cut one, one without its boundary) is the client's error, not a 500.
    throw new HttpError(400, 'web: the form could not be read');
  }
}
