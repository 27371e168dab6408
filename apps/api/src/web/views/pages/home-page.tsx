import { h } from '../../html/jsx';
import { GuideCard, GuideCardModel } from '../components/guide-card';
import { ListingCardModel, ListingList } from '../components/listing-card';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface HomePageModel {
  featured: ListingCardModel[];
  newest: ListingCardModel[];
  guides: GuideCardModel[];
}

export function HomePage(props: { shell: ShellModel; model: HomePageModel }) {
  const { shell, model } = props;
  return (
    <Layout
      shell={shell}
      head={{
        title: 'Job Board',
        description: 'Open jobs in software, data, design and product, with career guides on pay, skills and growth.',
        canonicalPath: '/',
      }}
    >
      <section class="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Find work you will be glad to do</h1>
        <p>Open jobs from companies that show their pay, and career guides that tell you what a role pays, asks and leads to.</p>
        <form class="hero-search" method="get" action="/jobs" role="search" aria-label="Job search">
          <label for="home-q" class="visually-hidden">
            Search jobs
          </label>
          <input id="home-q" type="search" name="q" placeholder="Job title, skill or company" maxlength={200} enterkeyhint="search" />
          <button type="submit" class="button-plus">
            Search
          </button>
        </form>
      </section>
      <div class="layout-sidebar">
        <div>
          {model.featured.length > 0 ? (
            <section aria-labelledby="featured-heading" class="stack">
              <h2 id="featured-heading">Featured jobs</h2>
              <ListingList listings={model.featured} label="Featured jobs" />
            </section>
          ) : null}
          <section aria-labelledby="newest-heading" class="stack">
            <h2 id="newest-heading">Newest jobs</h2>
            {model.newest.length > 0 ? <ListingList listings={model.newest} label="Newest jobs" /> : <p>No open jobs yet.</p>}
            <p>
              <a class="button button-secondary" href="/jobs">
                See all jobs
              </a>
            </p>
          </section>
        </div>
        <div>
          {shell.viewer?.isPlus ? null : (
            <section class="plus-box stack" aria-labelledby="plus-heading">
              <h2 id="plus-heading">Job Board Plus</h2>
              <p>Daily job alerts, no ads, a featured resume and your own resume address — {shell.plusPrice}.</p>
              <a class="button button-plus" href="/pricing">
                Upgrade to Plus
              </a>
            </section>
          )}
          <section aria-labelledby="guides-heading" class="stack">
            <h2 id="guides-heading">Career guides</h2>
            <ul class="item-list">
              {model.guides.map((guide) => (
                <GuideCard guide={guide} />
              ))}
            </ul>
            <p>
              <a href="/careers">All career guides</a>
            </p>
          </section>
        </div>
      </div>
    </Layout>
  );
}
