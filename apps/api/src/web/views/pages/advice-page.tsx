import { h } from '../../html/jsx';
import { SelectField, SelectOption } from '../components/form-fields';
import { ListingCard, ListingCardModel } from '../components/listing-card';
import { TableWrap } from '../components/table-wrap';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface AdviceItemModel {
  card: ListingCardModel;
  reasons: string[];
}

export interface SkillGapRowModel {
  skill: string;
  /** "43%". */
  share: string;
  /** "3 of 7 open listings". */
  count: string;
  /** "The guide" or "Frequent in listings". */
  source: string;
}

export interface SkillGapModel {
  /** "Skills to add for Backend Developer Career Path Guide". */
  heading: string;
  /** "Measured on the 7 open listings in Engineering." */
  basis: string;
  guideHref: string | null;
  rows: SkillGapRowModel[];
}

export interface AdvicePageModel {
  /** Whether the plan includes advice (Plus); Free sees what the perk does. */
  allowed: boolean;
  /** No resume yet: the page says so and links to /me/resume. */
  missingResume: boolean;
  /** "Based on 3 skills, 4 words of your headline and titles, and 1 alert." */
  basis: string;
  items: AdviceItemModel[];
  gap: SkillGapModel | null;
  guideOptions: SelectOption[];
  guide: string;
  guideError: string | undefined;
}

function PerkOffer() {
  return (
    <section class="panel plus-box" aria-labelledby="perk-heading">
      <h2 id="perk-heading">Job advice comes with Plus</h2>
      <p>
        Plus reads your resume and your job alerts and picks the open listings that fit you best, each with the reasons it was picked: the
        skills you share with it, the words of your experience in its title, the region and the pay. It also shows which skills the role you
        aim for asks for that your resume does not list yet, and how many open listings ask for each.
      </p>
      <p>
        <a href="/pricing">See what Plus includes</a>
      </p>
    </section>
  );
}

function AddResume() {
  return (
    <section class="panel" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Add your resume</h2>
      <p>
        Advice is made from your skills, headline and experience, and you have no resume yet. Until you add one, only your job alerts shape
        the list below.
      </p>
      <p>
        <a href="/me/resume">Add your resume</a>
      </p>
    </section>
  );
}

function SkillGapSection(props: { gap: SkillGapModel }) {
  const { gap } = props;
  return (
    <section aria-labelledby="gap-heading">
      <h2 id="gap-heading">{gap.heading}</h2>
      <p class="small muted">
        {gap.basis} {gap.guideHref ? <a href={gap.guideHref}>Read the guide</a> : null}
      </p>
      {gap.rows.length > 0 ? (
        <TableWrap label="Skill gap">
          <table class="fits-phone">
            <caption class="visually-hidden">Skills your resume lacks, most asked first</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Asked by</th>
                <th scope="col">Listings</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {gap.rows.map((row) => (
                <tr>
                  <th scope="row">{row.skill}</th>
                  <td>{row.share}</td>
                  <td>{row.count}</td>
                  <td>{row.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>Your resume already lists every skill this role asks for.</p>
      )}
    </section>
  );
}

function TargetForm(props: { model: AdvicePageModel }) {
  const { model } = props;
  return (
    <form method="get" action="/me/advice" class="panel" aria-label="Choose a target role">
      <SelectField
        name="guide"
        label="Target role"
        value={model.guide}
        options={model.guideOptions}
        error={model.guideError}
        hint="The career guide your skill gap is measured against"
      />
      <button type="submit">Show skill gap</button>
    </form>
  );
}

/** /me/advice: open listings picked for the seeker with their reasons, and the skill gap for a target role. */
export function AdvicePage(props: { shell: ShellModel; model: AdvicePageModel }) {
  const { shell, model } = props;
  return (
    <Layout
      shell={shell}
      head={{ title: 'Job advice', description: 'Open listings picked for your resume, with the reasons.', noindex: true }}
    >
      <header class="page-header">
        <h1>Job advice</h1>
        <p class="lede">Open listings picked for your resume and alerts, with the reasons, and the skills your next role asks for.</p>
      </header>
      {!model.allowed ? (
        <PerkOffer />
      ) : (
        <div class="stack">
          {model.missingResume ? <AddResume /> : null}
          <section aria-labelledby="picks-heading">
            <h2 id="picks-heading">Picked for you</h2>
            <p class="small muted">{model.basis}</p>
            {model.items.length > 0 ? (
              <ul class="listing-list" aria-label="Picked for you">
                {model.items.map((item) => (
                  <ListingCard listing={item.card}>
                    <ul class="reasons" aria-label="Why this job">
                      {item.reasons.map((reason) => (
                        <li>{reason}</li>
                      ))}
                    </ul>
                  </ListingCard>
                ))}
              </ul>
            ) : (
              <p>Nothing to pick yet: add skills to your resume, or create a job alert.</p>
            )}
          </section>
          <TargetForm model={model} />
          {model.gap ? <SkillGapSection gap={model.gap} /> : null}
        </div>
      )}
    </Layout>
  );
}
