import { normalizeDomain } from '../outlet-id.ts';
import { countryCodeOf } from './country-code.ts';

/** One organization of Kagi Kite's media_data.json: its domains, owner, typology and country. */
export interface MediaOrganization {
  readonly organization: string;
  readonly domains: readonly string[];
  readonly owner?: string;
  readonly typology?: string;
  readonly country?: string;
}

/** Reads media_data.json; countries become ISO codes, empty strings become absent. */
export function readMediaData(json: unknown): MediaOrganization[] {
  if (!Array.isArray(json)) throw new Error('ratings: media_data.json is not a list');
  return json.flatMap((item: Record<string, unknown>): MediaOrganization[] => {
    // Owners are often pasted from Wikipedia with its footnote marks ("… Rossel Group (50%).[43]").
    const text = (key: string) =>
      typeof item[key] === 'string' ? (item[key] as string).replace(/\[\d+\]/g, '').trim() : '';
    const domains = (Array.isArray(item.domains) ? item.domains : [])
      .map((d) => normalizeDomain(String(d)))
      .filter((d): d is string => d !== undefined);
    if (domains.length === 0 || text('organization') === '') return [];
    const country = countryCodeOf(text('country'));
    return [
      {
        organization: text('organization'),
        domains: [...new Set(domains)],
        ...(text('owner') ? { owner: text('owner') } : {}),
        ...(text('typology') ? { typology: text('typology') } : {}),
        ...(country ? { country } : {}),
      },
    ];
  });
}
