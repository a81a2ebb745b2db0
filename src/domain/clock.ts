/** "Now", injected (DESIGN §7): the wall clock live, the newest article's time for a replayed snapshot. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at `iso`. */
export function fixedClock(iso: string): Clock {
  const time = new Date(iso);
  return () => new Date(time);
}
