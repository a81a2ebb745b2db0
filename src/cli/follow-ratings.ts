import type { Config } from '../config/index.ts';
import type { Logger, Outlet } from '../domain/index.ts';
import { rebuildStories } from '../pipeline/rebuild-stories.ts';
import type { Registry } from '../ratings/index.ts';
import type { Store } from '../store/index.ts';
import { createProgress } from './progress-bar.ts';
import { createSynthesizer } from './synthesizer.ts';

const CHECK_EVERY_MS = 5_000;

/**
 * While serving, follows the registry: when the override file changes (`parallax outlets set`), the stories of
 * the outlets whose ratings changed are re-synthesized at once, so their coverage and blindspots follow.
 */
export function followRatings(
  store: Store,
  options: { readonly config: Config; readonly logger: Logger; readonly registry: () => Registry },
): () => void {
  let current = options.registry();
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    const next = options.registry();
    if (next === current) return;
    running = true;
    try {
      const changed = changedOutlets(current, next);
      current = next;
      options.logger.info('ratings: override file changed, rebuilding the stories concerned', {
        outlets: changed.length,
      });
      await rebuildStories(store, {
        outlets: next,
        changedOutlets: changed,
        synthesize: createSynthesizer(options.config, options.logger),
        blindspot: options.config.blindspot,
        logger: options.logger,
        progress: createProgress(),
      });
    } catch (error) {
      options.logger.error('ratings: rebuild after an override failed', { error: (error as Error).message });
    } finally {
      running = false;
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Ids of outlets whose record differs between two registries. */
export function changedOutlets(before: Registry, after: Registry): string[] {
  const ids = new Set([...before.all(), ...after.all()].map((o) => o.id));
  const same = (a: Outlet | undefined, b: Outlet | undefined) => JSON.stringify(a) === JSON.stringify(b);
  return [...ids].filter((id) => !same(before.get(id), after.get(id)));
}
