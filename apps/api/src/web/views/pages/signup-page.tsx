import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, AccountLayout, EmailField, NameField, NewPasswordField, withNext } from '../components/account-form';
import { ShellModel } from '../shell-model';

export interface SignupPageModel {
  values: { name: string; email: string };
  errors: FieldError[];
  /** Where to go once signed up (a safe path of ours), or null for the account page. */
  next: string | null;
}

export function SignupPage(props: { shell: ShellModel; model: SignupPageModel }) {
  const { model } = props;
  return (
    <AccountLayout
      shell={props.shell}
      head={{
        title: 'Create your account',
        description: 'Sign up to apply for jobs, save them and get job alerts by mail.',
        canonicalPath: '/signup',
      }}
      lede="Apply with one click, keep track of your applications and get new jobs by mail. Free, always."
    >
      <AccountForm
        action="/signup"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Sign up"
        hidden={model.next ? { next: model.next } : {}}
      >
        <NameField value={model.values.name} errors={model.errors} />
        <EmailField value={model.values.email} errors={model.errors} />
        <NewPasswordField
          label="Password"
          errors={model.errors}
          hint="At least 10 characters. A few words you will remember make a good one."
        />
      </AccountForm>
      <p>
        Already have an account? <a href={withNext('/login', model.next)}>Log in</a>
      </p>
    </AccountLayout>
  );
}
