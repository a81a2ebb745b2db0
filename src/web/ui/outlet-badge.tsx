import { BIAS_LABEL_NAMES, FACTUALITY_NAMES, type Outlet } from '../../domain/index.ts';

/** The href of an outlet's page. */
export function sourceHref(outletId: string): string {
  return `/sources/${encodeURIComponent(outletId)}`;
}

/** An outlet's name with its bias and factuality badges, all one link to its page (where each rater is shown). */
export function OutletBadge({ outlet, outletId }: { outlet: Outlet | undefined; outletId: string | null }) {
  if (!outletId) return <span class="outlet">Unknown outlet</span>;
  const bucket = outlet?.bias?.bucket ?? 'unrated';
  return (
    <a class="outlet" href={sourceHref(outletId)}>
      <span class="outlet-name">{outlet?.name ?? outletId}</span>{' '}
      <span class={`badge ${bucket}`}>
        {outlet?.bias ? BIAS_LABEL_NAMES[outlet.bias.label] : 'Bias unrated'}
      </span>
      {outlet?.factuality && (
        <>
          {' '}
          <span class="badge fact">Factuality {FACTUALITY_NAMES[outlet.factuality.label]}</span>
        </>
      )}
    </a>
  );
}
