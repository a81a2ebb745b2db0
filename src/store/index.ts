export type { NewArticle, SaveArticlesResult } from './article-store.ts';
export type { DialectName } from './migrations.ts';
export { openStore, type StoreOptions } from './open-store.ts';
export type { Database } from './schema.ts';
export { Store } from './store.ts';
export type { StoredExplanation, StoryAssignment, StoryListQuery, StorySynthesis } from './story-store.ts';
