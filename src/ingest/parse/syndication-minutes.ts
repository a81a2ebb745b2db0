const PERIOD_MINUTES: Readonly<Record<string, number>> = {
  hourly: 60,
  daily: 24 * 60,
  weekly: 7 * 24 * 60,
  monthly: 30 * 24 * 60,
  yearly: 365 * 24 * 60,
};

/**
 * A feed's polling hint in minutes: RSS <ttl> when given, else the Syndication module's updatePeriod divided
 * by updateFrequency (RSS 1.0 mod_syndication: "hourly" and 2 mean every 30 minutes).
 */
export function syndicationMinutes(
  ttl: number | undefined,
  sy: { readonly updatePeriod?: string; readonly updateFrequency?: number } | undefined,
): number | undefined {
  if (ttl !== undefined && Number.isFinite(ttl) && ttl > 0) return ttl;
  const period = sy?.updatePeriod ? PERIOD_MINUTES[sy.updatePeriod.trim().toLowerCase()] : undefined;
  if (period === undefined) return undefined;
  const frequency = sy?.updateFrequency && sy.updateFrequency > 0 ? sy.updateFrequency : 1;
  return Math.max(1, Math.round(period / frequency));
}
