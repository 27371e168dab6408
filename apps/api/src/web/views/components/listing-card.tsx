import { Child, Fragment, h } from '../../html/jsx';

export interface ListingCardModel {
  slug: string;
  title: string;
  company: string;
  where: string;
  remote: boolean;
  type: string;
  /** Empty when the list does not know it (an alert preview). */
  seniority: string;
  salary: string | null;
  tags: string[];
  postedIso: string | null;
  posted: string | null;
  featured: boolean;
}

/** One listing in a list: title (the link), company, where, pay, type and level, tags, age (and what the page adds). */
export function ListingCard(props: { listing: ListingCardModel; headingLevel?: 2 | 3; children?: Child }) {
  const { listing } = props;
  const link = <a href={`/jobs/${listing.slug}`}>{listing.title}</a>;
  return (
    <li class={listing.featured ? 'listing-card listing-card-featured' : 'listing-card'}>
      <article aria-label={`${listing.title} at ${listing.company}`}>
        {props.headingLevel === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
        <p class="listing-company">
          {listing.company}
          {listing.featured ? (
            <>
              {' '}
              <span class="pill pill-featured">Featured</span>
            </>
          ) : null}
        </p>
        <ul class="facts">
          <li>{listing.where}</li>
          {listing.remote ? (
            <li>
              <span class="pill pill-remote">Remote</span>
            </li>
          ) : null}
          <li>{listing.type}</li>
          {listing.seniority ? <li>{listing.seniority}</li> : null}
          {listing.salary ? <li class="salary">{listing.salary}</li> : null}
        </ul>
        {listing.tags.length > 0 ? (
          <ul class="tags" aria-label="Skills">
            {listing.tags.map((tag) => (
              <li class="tag">{tag}</li>
            ))}
          </ul>
        ) : null}
        {listing.posted && listing.postedIso ? (
          <p class="small muted">
            Posted <time datetime={listing.postedIso}>{listing.posted}</time>
          </p>
        ) : null}
        {props.children}
      </article>
    </li>
  );
}

export function ListingList(props: { listings: ListingCardModel[]; label: string; headingLevel?: 2 | 3 }) {
  return (
    <ul class="listing-list" aria-label={props.label}>
      {props.listings.map((listing) => (
        <ListingCard listing={listing} headingLevel={props.headingLevel} />
      ))}
    </ul>
  );
}
