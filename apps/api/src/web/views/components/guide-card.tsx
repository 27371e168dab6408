import { h } from '../../html/jsx';

export interface GuideCardModel {
  slug: string;
  title: string;
  summary: string;
  /** Short figures: "25% growth", "median $100,000", "remote-friendly". */
  figures: string[];
}

export function GuideCard(props: { guide: GuideCardModel }) {
  const { guide } = props;
  return (
    <li class="item">
      <h3>
        <a href={`/careers/${guide.slug}`}>{guide.title}</a>
      </h3>
      <p class="muted">{guide.summary.length > 220 ? `${guide.summary.slice(0, 217).trimEnd()}…` : guide.summary}</p>
      {guide.figures.length > 0 ? (
        <ul class="facts">
          {guide.figures.map((figure) => (
            <li>{figure}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
