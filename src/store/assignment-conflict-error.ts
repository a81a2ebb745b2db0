/**
 * Another clustering writer assigned some of these articles (or opened this story) first. The batch was rolled
 * back; the writer must reload its state from the store before it goes on.
 */
export class AssignmentConflictError extends Error {
  override name = 'AssignmentConflictError';
}
