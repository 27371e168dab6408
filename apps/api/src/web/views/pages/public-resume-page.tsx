import { Html } from '../../html/html';
import { h } from '../../html/jsx';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface PublicResumePageModel {
  canonicalPath: string;
  name: string;
  headline: string;
  location: string | null;
  /** The summary through the listings' sanitizer. */
  summary: Html;
  skills: string[];
  experience: Array<{ title: string; company: string; period: string; description: string | null }>;
  education: Array<{ school: string; degree: string | null; end: string | null }>;
  links: Array<{ label: string; url: string }>;
  featured: boolean;
  updatedOn: string;
  jsonLd: unknown;
}

/** /r/:handle and /r/:id: a public resume, with ProfilePage JSON-LD. */
export function PublicResumePage(props: { shell: ShellModel; model: PublicResumePageModel }) {
  const { shell, model } = props;
  return (
    <Layout
      shell={shell}
      head={{
        title: `${model.name} — ${model.headline}`,
        description: `${model.headline}${model.location ? `, ${model.location}` : ''}.`,
        canonicalPath: model.canonicalPath,
        ogType: 'article',
        jsonLd: [model.jsonLd],
      }}
    >
      <article class="stack" aria-labelledby="resume-name">
        <header class="page-header">
          <h1 id="resume-name">{model.name}</h1>
          <p class="lede">{model.headline}</p>
          <p class="small muted">
            {model.location ? `${model.location} · ` : ''}updated {model.updatedOn}
            {model.featured ? <span class="pill pill-featured">Featured</span> : null}
          </p>
        </header>
        <section class="panel" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <div class="prose">{model.summary}</div>
        </section>
        {model.skills.length > 0 ? (
          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading">Skills</h2>
            <ul class="tags" aria-label="Skills">
              {model.skills.map((skill) => (
                <li class="tag">{skill}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {model.experience.length > 0 ? (
          <section aria-labelledby="experience-heading">
            <h2 id="experience-heading">Experience</h2>
            <ul class="item-list">
              {model.experience.map((row) => (
                <li class="item">
                  <h3 class="item-title">
                    {row.title} · {row.company}
                  </h3>
                  <p class="small muted">{row.period}</p>
                  {row.description ? <p>{row.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {model.education.length > 0 ? (
          <section aria-labelledby="education-heading">
            <h2 id="education-heading">Education</h2>
            <ul class="item-list">
              {model.education.map((row) => (
                <li class="item">
                  <h3 class="item-title">{row.school}</h3>
                  <p class="small muted">{[row.degree, row.end].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {model.links.length > 0 ? (
          <section aria-labelledby="links-heading">
            <h2 id="links-heading">Links</h2>
            <ul>
              {model.links.map((link) => (
                <li>
                  <a href={link.url} rel="nofollow noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Layout>
  );
}
