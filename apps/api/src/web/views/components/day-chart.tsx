import { h } from '../../html/jsx';

export interface DayChartModel {
  /** Names the chart, its table and its total ("Signups"). */
  title: string;
  /** One bar per day, oldest first. */
  days: Array<{ label: string; value: number }>;
}

const WIDTH = 300;
const HEIGHT = 80;

/**
 * A small bar chart of a per-day series, drawn on the server as SVG (no chart script). It is an image with a
 * title and a description in words; the numbers themselves are in the table beside it.
 */
export function DayChart(props: { id: string; chart: DayChartModel }) {
  const { id, chart } = props;
  const max = Math.max(1, ...chart.days.map((day) => day.value));
  const total = chart.days.reduce((sum, day) => sum + day.value, 0);
  const busiest = chart.days.reduce((best, day) => (day.value > best.value ? day : best), chart.days[0] ?? { label: '', value: 0 });
  const step = WIDTH / Math.max(1, chart.days.length);
  const first = chart.days[0]?.label ?? '';
  const last = chart.days[chart.days.length - 1]?.label ?? '';
  const description =
    total === 0
      ? `None from ${first} to ${last}.`
      : `${total} in ${chart.days.length} days from ${first} to ${last}; the most, ${busiest.value}, on ${busiest.label}.`;
  return (
    <figure class="day-chart panel" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <span class="day-chart-title">{chart.title}</span> <span class="day-chart-total">{total.toLocaleString('en-US')}</span>{' '}
        <span class="muted small">in 30 days</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        class="day-chart-svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <title id={`${id}-title`}>{`${chart.title} per day`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} class="day-chart-axis" />
        {chart.days.map((day, index) => {
          const height = day.value === 0 ? 0 : Math.max(2, (day.value / max) * (HEIGHT - 4));
          return (
            <rect
              x={(index * step + step * 0.15).toFixed(2)}
              y={(HEIGHT - height).toFixed(2)}
              width={(step * 0.7).toFixed(2)}
              height={height.toFixed(2)}
              class="day-chart-bar"
            >
              <title>{`${day.label}: ${day.value}`}</title>
            </rect>
          );
        })}
      </svg>
      {total === 0 ? (
        <p class="muted small" aria-hidden="true">
          None in these 30 days
        </p>
      ) : null}
      <details class="day-chart-numbers">
        <summary>{`${chart.title}: the numbers per day`}</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{`${chart.title} per day`}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">{chart.title}</th>
              </tr>
            </thead>
            <tbody>
              {chart.days.map((day) => (
                <tr>
                  <th scope="row">{day.label}</th>
                  <td>{day.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
