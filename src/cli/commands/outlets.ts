import type { Command } from 'commander';
import type { Config } from '../../config/index.ts';
import {
  BIAS_LABEL_NAMES,
  BIAS_LABELS,
  FACTUALITY_LABELS,
  FACTUALITY_NAMES,
  type Outlet,
  type RaterValue,
} from '../../domain/index.ts';
import {
  BIAS_LABEL_ALIASES,
  explainBias,
  loadRegistry,
  measureMatching,
  normalizeDomain,
  type Override,
  parseBiasLabel,
  overrideKey,
  parseFactualityLabel,
  readOverrides,
  type Registry,
  writeOverride,
} from '../../ratings/index.ts';
import { outletJson } from '../../web/api/serialize.ts';
import { getConfig, openConfiguredStore } from '../context.ts';
import { UsageError } from '../usage-error.ts';

interface SetOptions {
  bias?: string;
  factuality?: string;
  owner?: string;
  ownership?: string;
  country?: string;
  name?: string;
  note?: string;
  replace?: boolean;
}

/**
 * `parallax outlets show|set|unset|stats`: the outlet registry (ratings from several raters, blended under
 * config `ratings.weights`) and the local override file layered over it (config `outletOverrides`).
 */
export function registerOutlets(program: Command): void {
  const outlets = program.command('outlets').description('Outlet ratings: show, override, measure matching.');

  outlets
    .command('show <domain>')
    .description(
      'Blended bias, factuality, ownership of an outlet, with every rater value, its date and source.',
    )
    .option(
      '--json',
      'print the outlet as JSON (the shape of /api/outlets/:id, without its counts of stored articles and stories)',
    )
    .action((domain: string, opts: { json?: boolean }) => {
      const outlet = findOrThrow(openRegistry(getConfig()), domain);
      process.stdout.write(
        opts.json ? `${JSON.stringify(outletJson(outlet, outlet.id), null, 2)}\n` : describeOutlet(outlet),
      );
    });

  outlets
    .command('set <domain>')
    .description(
      'Override an outlet locally (rater "local"); a running server recomputes its stories within seconds, else run `parallax rebuild`.',
    )
    .option('--bias <label>', `one of ${BIAS_LABELS.join(', ')}`)
    .option('--factuality <label>', `one of ${FACTUALITY_LABELS.join(', ')}`)
    .option('--owner <name>', 'who owns the outlet')
    .option('--ownership <category>', 'e.g. "Private Media", "State Funded Media", "Public Broadcaster"')
    .option('--country <code>', 'ISO 3166 two-letter code, e.g. US')
    .option('--name <name>', 'the name to show')
    .option('--note <text>', 'why (kept with the value)')
    .option('--replace', 'the local bias replaces the blend instead of joining it')
    .option(
      '--no-replace',
      'the local bias joins the blend with the "local" weight again (undoes an earlier --replace, which a set without either keeps)',
    )
    .action((domain: string, opts: SetOptions) => {
      const config = getConfig();
      const patch = toPatch(opts);
      const key = overrideKeyOf(openRegistry(config), domain);
      writeOverride(config.outletOverrides, key, patch);
      const outlet = findOrThrow(openRegistry(config), key);
      process.stdout.write(`${config.outletOverrides}: set ${key}\n${describeOutlet(outlet)}`);
      process.stdout.write(
        'A running server recomputes the stories of this outlet within seconds; without one, run `parallax rebuild`.\n',
      );
    });

  outlets
    .command('unset <domain>')
    .description('Remove the local override of an outlet.')
    .action((domain: string) => {
      const config = getConfig();
      const key = overrideKeyOf(openRegistry(config), domain);
      if (!Object.hasOwn(readOverrides(config.outletOverrides), overrideKey(key))) {
        process.stdout.write(`${config.outletOverrides}: no local override of ${key}; nothing changed\n`);
        return;
      }
      writeOverride(config.outletOverrides, key, undefined);
      process.stdout.write(`${config.outletOverrides}: removed ${key}\n`);
    });

  outlets
    .command('stats')
    .description('How many stored articles resolve to an outlet, and to a rated one.')
    .option('--json', 'print {"articles","matched","rated"}')
    .action(async (opts: { json?: boolean }) => {
      const config = getConfig();
      const registry = openRegistry(config);
      const store = await openConfiguredStore(config);
      const urls: string[] = [];
      try {
        for await (const article of store.articles.iterateUrls()) urls.push(article.url);
      } finally {
        await store.close();
      }
      const measure = measureMatching(urls, registry);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(measure)}\n`);
        return;
      }
      const pct = (n: number) =>
        measure.articles === 0 ? '-' : `${((100 * n) / measure.articles).toFixed(2)}%`;
      process.stdout.write(
        `articles ${measure.articles}\nmatched  ${measure.matched} (${pct(measure.matched)})\n` +
          `rated    ${measure.rated} (${pct(measure.rated)})\n`,
      );
    });
}

function openRegistry(config: Config): Registry {
  return loadRegistry({
    dataDir: config.dataDir,
    overridesPath: config.outletOverrides,
    weights: config.ratings.weights,
  });
}

function findOrThrow(registry: Registry, query: string): Outlet {
  const outlet = registry.find(query);
  if (!outlet)
    throw new UsageError(`no outlet matches "${query}" (try a domain such as nytimes.com, or a URL)`);
  return outlet;
}

/**
 * The override key of what the user typed: the main domain of the outlet it names by id or by URL, else the
 * normalized domain (a subdomain or domain the registry lacks becomes an outlet of its own).
 */
function overrideKeyOf(registry: Registry, query: string): string {
  const byId = registry.get(query.trim().toLowerCase());
  if (byId) return byId.domains[0]!;
  if (query.includes('://')) return findOrThrow({ ...registry, find: registry.match }, query).domains[0]!;
  const domain = normalizeDomain(query);
  if (!domain?.includes('.')) throw new UsageError(`"${query}" is not a domain (e.g. example.com)`);
  return domain;
}

function toPatch(opts: SetOptions): Override {
  const patch: Record<string, unknown> = {};
  if (opts.bias !== undefined) {
    const label = parseBiasLabel(opts.bias);
    if (!label) {
      throw new UsageError(
        `unknown bias label "${opts.bias}"; valid: ${BIAS_LABELS.join(', ')} (also ${BIAS_LABEL_ALIASES.join(', ')})`,
      );
    }
    patch.bias = label;
  }
  if (opts.factuality !== undefined) {
    const label = parseFactualityLabel(opts.factuality);
    if (!label) {
      throw new UsageError(
        `unknown factuality label "${opts.factuality}"; valid: ${FACTUALITY_LABELS.join(', ')}`,
      );
    }
    patch.factuality = label;
  }
  if (opts.country !== undefined) {
    if (!/^[a-z]{2}$/i.test(opts.country.trim())) {
      throw new UsageError(`country "${opts.country}" is not an ISO 3166 two-letter code (e.g. US, GB, FR)`);
    }
    patch.country = opts.country.trim().toUpperCase();
  }
  for (const key of ['owner', 'ownership', 'name', 'note'] as const) {
    const value = opts[key]?.trim();
    if (value === '') throw new UsageError(`--${key} needs a value`);
    if (value !== undefined) patch[key] = value;
  }
  if (opts.replace !== undefined) patch.replace = opts.replace;
  if (Object.keys(patch).length === 0) {
    throw new UsageError(
      'nothing to set: give --bias, --factuality, --owner, --ownership, --country or --name',
    );
  }
  return patch as Override;
}

/** The outlet as text: each figure, then the rater values behind it. */
export function describeOutlet(outlet: Outlet): string {
  const lines = [`${outlet.name} (${outlet.id})`, `  domains      ${outlet.domains.join(', ')}`];
  const bias = outlet.bias;
  const biasValues = (outlet.raters ?? []).filter((r) => (r.kind ?? 'bias') === 'bias');
  if (bias) {
    const used = bias.raters.filter((r) => (r.weight ?? 0) > 0).length;
    lines.push(
      `  bias         ${BIAS_LABEL_NAMES[bias.label]} (${signed(bias.score)}), ${bias.bucket} — ${used === 1 ? 'from 1 rater' : `weighted mean of ${used} raters`}`,
    );
    lines.push(`  how          ${explainBias(bias)}`);
  } else {
    lines.push('  bias         unrated');
  }
  lines.push(...biasValues.map(describeValue));
  const fact = outlet.factuality;
  lines.push(`  factuality   ${fact ? FACTUALITY_NAMES[fact.label] : 'unrated'}`);
  lines.push(...(fact?.raters ?? []).map(describeValue));
  const own = outlet.ownership;
  lines.push(`  ownership    ${own ? [own.category, own.owner].filter(Boolean).join(' — ') : 'unknown'}`);
  lines.push(...(own?.raters ?? []).map(describeValue));
  if (outlet.country) lines.push(`  country      ${outlet.country}`);
  if (outlet.flags.length > 0) lines.push(`  flags        ${outlet.flags.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function describeValue(value: RaterValue): string {
  const score = value.score === undefined ? '' : ` (${signed(value.score)})`;
  const weight = value.weight === undefined ? '' : `, weight ${value.weight}`;
  const note = value.note ? `; ${value.note}` : '';
  return `      ${value.rater}: ${value.value}${score}, ${value.asOf}${weight} — ${value.source}${note}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
