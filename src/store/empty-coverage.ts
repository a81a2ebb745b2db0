import type { Coverage } from '../domain/index.ts';

/** The coverage of a story not yet synthesized: nothing counted. */
export const EMPTY_COVERAGE: Coverage = {
  articles: 0,
  outlets: 0,
  rated: 0,
  unrated: 0,
  left: 0,
  center: 0,
  right: 0,
  shares: { left: 0, center: 0, right: 0 },
  factuality: {},
  ownership: {},
};
