import { h } from '../../html/jsx';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ErrorPageModel {
  status: number;
  heading: string;
  message: string;
  errorId: string | null;
}

const HEADINGS: Record<number, string> = {
  400: 'That request could not be understood',
  403: 'You cannot open this page',
  404: 'Page not found',
  405: 'That is not something this page does',
  409: 'That changed while you were looking',
  413: 'That is too large',
  429: 'Too many tries',
  500: 'Something went wrong on our side',
  503: 'We are briefly unavailable',
};

export function errorHeading(status: number): string {
  return HEADINGS[status] ?? (status >= 500 ? HEADINGS[500] : HEADINGS[400]);
}

/** 404, 403, 500 and friends: what happened in words, the error id of a 500, and a way on. */
export function ErrorPage(props: { shell: ShellModel; model: ErrorPageModel }) {
  const { model } = props;
  return (
    <Layout shell={props.shell} head={{ title: model.heading, description: model.message, noindex: true }}>
      <section class="error-page" data-error-status={model.status}>
        <p class="muted">Error {model.status}</p>
        <h1>{model.heading}</h1>
        <p class="lede">{model.message}</p>
        {model.errorId ? (
          <p>
            If you contact us about it, quote the error id <span class="error-id">{model.errorId}</span>.
          </p>
        ) : null}
        <p class="button-row">
          <a class="button" href="/jobs">
            Browse jobs
          </a>
          <a class="button button-secondary" href="/">
            Home page
          </a>
        </p>
      </section>
    </Layout>
  );
}
