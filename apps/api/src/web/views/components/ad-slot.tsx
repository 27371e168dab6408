import { Fragment, h } from '../../html/jsx';

/** A house ad: the Plus offer, or one featured listing. Never a third party; never shown to Plus. */
export type AdModel = { kind: 'plus'; price: string } | { kind: 'listing'; slug: string; title: string; company: string };

export function AdSlot(props: { ad: AdModel | null }) {
  const { ad } = props;
  if (!ad) return null;
  return (
    <aside class="ad-slot" aria-label="Advertisement">
      <span class="ad-label">Advertisement</span>
      {ad.kind === 'plus' ? (
        <>
          <p>
            <strong>Job Board Plus</strong>: daily job alerts, a featured resume, your own resume address and no ads — for {ad.price}.
          </p>
          <a class="button button-plus" href="/pricing">
            See Plus
          </a>
        </>
      ) : (
        <p>
          Featured job: <a href={`/jobs/${ad.slug}`}>{ad.title}</a> at {ad.company}
        </p>
      )}
    </aside>
  );
}
