import { h } from '../../html/jsx';
import { PlanCards, PlanComparisonModel } from '../components/plan-cards';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export function PricingPage(props: { shell: ShellModel; model: PlanComparisonModel }) {
  const { shell, model } = props;
  const plus = model.plans.find((plan) => plan.id === 'plus');
  return (
    <Layout
      shell={shell}
      head={{
        title: 'Pricing',
        description: `Job Board is free to search and apply. Plus adds daily alerts, a featured resume and no ads for ${plus ? `${plus.price} ${plus.per}` : shell.plusPrice}.`,
        canonicalPath: '/pricing',
      }}
    >
      <header class="page-header">
        <h1>Pricing</h1>
        <p class="lede">Searching and applying are free for everyone. Plus is for people who want the right job to find them first.</p>
        <p>
          <strong>{model.members}</strong>
        </p>
      </header>
      <PlanCards model={model} />
      <section class="panel stack" aria-labelledby="pricing-questions">
        <h2 id="pricing-questions">Questions</h2>
        <h3>How do I pay?</h3>
        <p>By card, on Stripe's secure checkout page. We never see or store your card number.</p>
        <h3>What are the featured resume and the custom resume address?</h3>
        <p>
          Make your <a href="/me/resume">resume</a> public and it is listed in the <a href="/talent">talent directory</a>; on Plus it is
          pinned at the top and marked featured, and you can give it an address of your own, such as /r/your-name.
        </p>
        <h3>Can I cancel?</h3>
        <p>
          Any time, under <a href="/billing">Billing</a> → Manage billing. Plus stays on until the end of the month you paid for; your
          alerts, saved jobs and resume are kept, daily alerts become weekly.
        </p>
      </section>
    </Layout>
  );
}
