import type { Command } from 'commander';
import { splitStory } from '../../pipeline/split-story.ts';
import { StorySplitError } from '../../store/index.ts';
import { getConfig, openConfiguredStore } from '../context.ts';
import { parsePositiveInt } from '../parse-options.ts';
import { describeSplit, LIVE_CLUSTERER_NOTE, splitOptions } from '../split-options.ts';
import { UsageError } from '../usage-error.ts';

/** `parallax stories split`: an operator's corrections of the clustering. */
export function registerStories(program: Command): void {
  const stories = program.command('stories').description('Correct the clustering of stored stories.');

  stories
    .command('split')
    .description(
      `Move articles (with their syndicated copies in the story) out of a story into one new story, and re-synthesize both. ${LIVE_CLUSTERER_NOTE}`,
    )
    .argument('<story-id>', 'the story to split')
    .requiredOption('--article <ids>', 'the articles to move, comma-separated (each must be in the story)')
    .action(async (storyArg: string, opts: { article: string }) => {
      const storyId = parsePositiveInt(storyArg, 'STORY_ID')!;
      const articleIds = parseIdList(opts.article, '--article');
      const config = getConfig();
      const store = await openConfiguredStore(config);
      try {
        const split = await splitStory(store, storyId, articleIds, splitOptions(config));
        process.stdout.write(
          `story ${storyId}: ${describeSplit(split, articleIds.length)}; both re-synthesized\n`,
        );
      } catch (error) {
        if (error instanceof StorySplitError) throw new UsageError(error.message.replace(/^store: /, ''));
        throw error;
      } finally {
        await store.close();
      }
    });
}

/** "12,15" → [12, 15], each a whole number ≥ 1, repeats dropped. */
function parseIdList(value: string, name: string): number[] {
  const ids = value.split(',').map((part) => parsePositiveInt(part.trim(), name)!);
  return [...new Set(ids)];
}
