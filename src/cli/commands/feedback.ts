import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { applyFeedback, type FeedbackAction } from '../../pipeline/apply-feedback.ts';
import type { FeedbackEntry } from '../../store/index.ts';
import { getConfig, openConfiguredStore } from '../context.ts';
import { buildFeedbackStream } from '../feedback-stream.ts';
import { checkOutputFile, parsePositiveInt } from '../parse-options.ts';
import { describeSplit, LIVE_CLUSTERER_NOTE, splitOptions, withCopies } from '../split-options.ts';
import { textTable } from '../text-table.ts';

/**
 * `parallax feedback list|export|apply`: readers' flags on the clustering ("Doesn't belong here" on a story page, or
 * POST /api/stories/:id/feedback), for an operator to review, act on and turn into labelled data.
 */
// Flags are anonymous and unthrottled: one post is one vote, so an operator may want several before believing one.
const MIN_VOTES_HELP =
  'only the flags with at least this many votes (flags are anonymous: one post, one vote)';

export function registerFeedback(program: Command): void {
  const feedback = program
    .command('feedback')
    .description(
      "Readers' flags on articles that do not belong to their story: review them, act on them, export them.",
    );

  feedback
    .command('list')
    .description(
      'List the flagged articles, most votes first: story, article, outlet, votes, last flagged, when applied (`feedback apply`), title.',
    )
    .option(
      '--json',
      'print a JSON array of {"story_id","story_title","article_id","outlet","title","verdict","votes","first_at","last_at","applied_at"} (applied_at null until applied)',
    )
    .option('--min-votes <n>', MIN_VOTES_HELP, '1')
    .action(async (opts: { json?: boolean; minVotes: string }) => {
      const minVotes = parsePositiveInt(opts.minVotes, '--min-votes')!;
      const store = await openConfiguredStore(getConfig());
      try {
        const entries = (await store.feedback.list()).filter((e) => e.votes >= minVotes);
        process.stdout.write(
          opts.json ? `${JSON.stringify(entries.map(entryToJson))}\n` : formatFeedback(entries),
        );
      } finally {
        await store.close();
      }
    });

  feedback
    .command('export')
    .description(
      'Write every article of each flagged story as a labelled stream (JSON Lines, publication order) for `parallax train cluster --data` or `parallax eval cluster --data`; an article flagged as not in its story gets a story of its own ("flagged-<article id>"). Applied flags are exported too: they are still labels.',
    )
    .requiredOption('--output <file>', 'the JSON Lines file to write')
    .option('--min-votes <n>', MIN_VOTES_HELP, '1')
    .action(async (opts: { output: string; minVotes: string }) => {
      const minVotes = parsePositiveInt(opts.minVotes, '--min-votes')!;
      checkOutputFile(opts.output, '--output');
      const store = await openConfiguredStore(getConfig());
      try {
        const stream = await buildFeedbackStream(store, minVotes);
        writeFileSync(opts.output, stream.lines.map((line) => `${line}\n`).join(''));
        process.stdout.write(
          `${opts.output}: ${stream.lines.length} articles of ${stream.stories} flagged stories, ` +
            `${stream.flaggedOut} of them flagged out of their story\n`,
        );
      } finally {
        await store.close();
      }
    });

  feedback
    .command('apply')
    .description(
      `Act on the flags not yet applied: move each flagged article (with its syndicated copies) out of its story into a story of its own, re-synthesize both stories and mark the flag applied, one transaction per flag. A flag whose article has left the story since is skipped (and stays unapplied). ${LIVE_CLUSTERER_NOTE}`,
    )
    .option('--min-votes <n>', MIN_VOTES_HELP, '1')
    .option('--dry-run', 'print what would be done, changing nothing')
    .action(async (opts: { minVotes: string; dryRun?: boolean }) => {
      const minVotes = parsePositiveInt(opts.minVotes, '--min-votes')!;
      const config = getConfig();
      const store = await openConfiguredStore(config);
      try {
        const actions = await applyFeedback(store, {
          ...splitOptions(config),
          minVotes,
          dryRun: opts.dryRun === true,
        });
        process.stdout.write(formatActions(actions, opts.dryRun === true));
      } finally {
        await store.close();
      }
    });
}

/** One flag as `feedback list --json` prints it (snake_case, like the JSON API). */
function entryToJson(e: FeedbackEntry) {
  return {
    story_id: e.storyId,
    story_title: e.storyTitle,
    article_id: e.articleId,
    outlet: e.outletId,
    title: e.articleTitle,
    verdict: e.verdict,
    votes: e.votes,
    first_at: e.firstAt,
    last_at: e.lastAt,
    applied_at: e.appliedAt,
  };
}

/** The table of `feedback list`: one line per flagged article, the title last. */
function formatFeedback(entries: readonly FeedbackEntry[]): string {
  if (entries.length === 0) return 'No reader flags yet.\n';
  const header = ['STORY', 'ARTICLE', 'OUTLET', 'VOTES', 'LAST FLAGGED (UTC)', 'APPLIED (UTC)', 'TITLE'];
  const rows = entries.map((e) => [
    String(e.storyId),
    String(e.articleId),
    e.outletId ?? '-',
    String(e.votes),
    e.lastAt.slice(0, 16).replace('T', ' '),
    e.appliedAt === null ? '-' : e.appliedAt.slice(0, 16).replace('T', ' '),
    e.articleTitle ?? '(article gone)',
  ]);
  return `${textTable(header, rows).lines.join('\n')}\n`;
}

/** What `feedback apply` did (or, with --dry-run, would do): a line per flag, then the counts. */
function formatActions(actions: readonly FeedbackAction[], dryRun: boolean): string {
  if (actions.length === 0) return 'No flags to apply.\n';
  const applied = actions.filter((a) => a.kind !== 'skipped').length;
  const flags = `${applied} ${applied === 1 ? 'flag' : 'flags'}`;
  const skipped = actions.length - applied;
  const total = dryRun
    ? `dry run: ${flags} would be applied, ${skipped} skipped; nothing changed`
    : `${flags} applied, ${skipped} skipped`;
  return `${[...actions.map(describeAction), total].join('\n')}\n`;
}

function describeAction(action: FeedbackAction): string {
  const { storyId, articleId } = action.entry;
  switch (action.kind) {
    case 'split':
      return `story ${storyId}: article ${articleId} flagged; ${describeSplit(action.split, 1)}; both re-synthesized`;
    case 'would-split':
      return `story ${storyId}: would move article ${articleId}${withCopies(action.articleIds.length - 1)} to a new story`;
    case 'skipped':
      return `story ${storyId}: article ${articleId} skipped: ${action.reason}`;
  }
}
