import { h } from '../../html/jsx';
import { AccountLayout } from '../components/account-form';
import { ActionButton } from '../components/form-fields';
import { ShellModel } from '../shell-model';

export interface DeleteAccountPageModel {
  email: string;
  /** A live Plus subscription is cancelled at Stripe as part of the deletion. */
  cancelsPlus: boolean;
}

/** "Delete account" asks again here, without JavaScript: the deletion is this page's one button. */
export function DeleteAccountPage(props: { shell: ShellModel; model: DeleteAccountPageModel }) {
  const { model } = props;
  return (
    <AccountLayout
      shell={props.shell}
      head={{ title: 'Delete your account?', description: 'Delete your account and all data held about you.', noindex: true }}
      lede={`This deletes the account ${model.email} and everything we hold about it, at once. It cannot be undone.`}
    >
      <section class="panel form-narrow" aria-labelledby="delete-heading">
        <h2 id="delete-heading">What goes</h2>
        <ul>
          <li>your profile and password</li>
          <li>your applications, saved jobs and job alerts</li>
          <li>your billing records and the mails we sent you</li>
          {model.cancelsPlus ? <li>your Plus subscription, cancelled at once: you will not be charged again</li> : null}
        </ul>
        <p>
          Want a copy first? <a href="/me/export">Download my data</a>
        </p>
        <div class="button-row">
          <ActionButton action="/me/delete" label="Delete my account" csrfToken={props.shell.csrfToken} variant="danger" />
          <a class="button button-secondary" href="/me">
            Keep my account
          </a>
        </div>
      </section>
    </AccountLayout>
  );
}
