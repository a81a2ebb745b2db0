/** A ratings or override file that cannot be read as it stands; the message names the file and the line. */
export class RatingsFileError extends Error {
  override name = 'RatingsFileError';

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    super(`ratings: ${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}
