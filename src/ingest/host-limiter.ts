/** Runs tasks for one host at a time up to a limit, so one slow site never gets many of our connections. */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

interface Slot {
  active: number;
  readonly waiting: (() => void)[];
}

/** A limiter allowing `perHost` concurrent tasks per host name (miniflux's POLLING_LIMIT_PER_HOST). */
export function createHostLimiter(perHost: number): HostLimiter {
  const limit = Math.max(1, Math.floor(perHost));
  const slots = new Map<string, Slot>();

  const acquire = async (host: string): Promise<void> => {
    let slot = slots.get(host);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      slots.set(host, slot);
    }
    if (slot.active < limit) {
      slot.active += 1;
      return;
    }
    // The releasing task hands its place over, so `active` stays counted for us.
    await new Promise<void>((resolve) => slot.waiting.push(resolve));
  };

  const release = (host: string): void => {
    const slot = slots.get(host);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next) {
      next();
      return;
    }
    slot.active -= 1;
    if (slot.active === 0) slots.delete(host);
  };

  return {
    async run(host, task) {
      const key = host.toLowerCase();
      await acquire(key);
      try {
        return await task();
      } finally {
        release(key);
      }
    },
  };
}
