/** An error with an HTTP status; `app.onError` renders it as a page or JSON (STYLE: one error handler). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 414 | 415 | 422 | 429 | 503,
    message: string,
  ) {
    super(message);
  }
}
