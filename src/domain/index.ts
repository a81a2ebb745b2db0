export * from './article.ts';
export * from './bias.ts';
export * from './factuality.ts';
export * from './feed.ts';
export * from './outlet.ts';
export * from './story.ts';
