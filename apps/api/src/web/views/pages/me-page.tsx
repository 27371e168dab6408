import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, AccountLayout, NameField } from '../components/account-form';
import { fieldError, SelectField, SelectOption, SelectOptionGroup } from '../components/form-fields';
import { ShellModel } from '../shell-model';

export interface PlanSummary {
  name: 'Free' | 'Plus';
  /** What the plan gives, in words ("Weekly job alerts, up to 3"). */
  perks: string[];
}

export interface MePageModel {
  email: string;
  values: { name: string; timezone: string };
  errors: FieldError[];
  timeZones: { options: SelectOption[]; groups: SelectOptionGroup[] };
  plan: PlanSummary;
}

export function MePage(props: { shell: ShellModel; model: MePageModel }) {
  const { model } = props;
  const plus = model.plan.name === 'Plus';
  return (
    <AccountLayout
      shell={props.shell}
      head={{ title: 'Your account', description: 'Your profile, plan and personal data.', noindex: true }}
      lede={`Signed in as ${model.email}`}
    >
      <div class="grid-2">
        <section class="panel" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Profile</h2>
          <AccountForm action="/me" csrfToken={props.shell.csrfToken} errors={model.errors} submit="Save changes">
            <NameField value={model.values.name} errors={model.errors} />
            <SelectField
              name="timezone"
              label="Time zone"
              hint="Job alerts arrive in the morning of this time zone."
              value={model.values.timezone}
              error={fieldError(model.errors, 'timezone')}
              options={model.timeZones.options}
              groups={model.timeZones.groups}
            />
          </AccountForm>
        </section>
        <div>
          <section class={plus ? 'panel' : 'panel plus-box'} aria-labelledby="plan-heading">
            <h2 id="plan-heading">Your plan: {model.plan.name}</h2>
            <ul>
              {model.plan.perks.map((perk) => (
                <li>{perk}</li>
              ))}
            </ul>
            <p>
              {plus ? (
                <a class="button button-secondary" href="/billing">
                  Manage billing
                </a>
              ) : (
                <a class="button button-plus" href="/pricing">
                  Upgrade to Plus
                </a>
              )}
            </p>
          </section>
          <section class="panel" aria-labelledby="data-heading">
            <h2 id="data-heading">Your data</h2>
            <p>Everything we hold about you — profile, applications, saved jobs, alerts, billing and mails — in one JSON file.</p>
            <p class="button-row">
              <a class="button button-secondary" href="/me/export" download="">
                Download my data
              </a>
              <a class="button button-danger" href="/me/delete">
                Delete account
              </a>
            </p>
          </section>
        </div>
      </div>
    </AccountLayout>
  );
}
