/**
 * A split an operator asked for cannot be done: the story is missing, an article is not in it, or nothing would be
 * left of it. Nothing was changed.
 */
export class StorySplitError extends Error {
  override name = 'StorySplitError';
}
