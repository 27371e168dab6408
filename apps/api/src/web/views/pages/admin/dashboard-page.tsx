import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { DayChart, DayChartModel } from '../../components/day-chart';
import { ShellModel } from '../../shell-model';

export interface DashboardPageModel {
  figures: Array<{ label: string; value: string }>;
  charts: Array<{ id: string; chart: DayChartModel }>;
}

export function DashboardPage(props: { shell: ShellModel; model: DashboardPageModel }) {
  const { model } = props;
  return (
    <AdminLayout shell={props.shell} title="Admin dashboard" lede="The board today, and what happened on each of the last 30 days (UTC).">
      <ul class="figures" aria-label="Key figures">
        {model.figures.map((figure) => (
          <li class="figure">
            <span class="figure-value">{figure.value}</span>
            <span class="figure-label">{figure.label}</span>
          </li>
        ))}
      </ul>
      <h2>Last 30 days</h2>
      <div class="chart-grid">
        {model.charts.map((entry) => (
          <DayChart id={entry.id} chart={entry.chart} />
        ))}
      </div>
    </AdminLayout>
  );
}
