import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, withNext } from '../components/account-form';
import { fieldError, TextField } from '../components/form-fields';
import { Layout } from '../layout';
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
    <Layout
      shell={props.shell}
      head={{
        title: 'Create your account',
        description: 'Sign up to apply for jobs, save them and get job alerts by mail.',
        canonicalPath: '/signup',
      }}
    >
      <div class="page-header">
        <h1>Create your account</h1>
        <p class="lede">Apply with one click, keep track of your applications and get new jobs by mail. Free, always.</p>
      </div>
      <AccountForm
        action="/signup"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Sign up"
        hidden={model.next ? { next: model.next } : {}}
      >
        <TextField
          name="name"
          label="Name"
          value={model.values.name}
          error={fieldError(model.errors, 'name')}
          autocomplete="name"
          maxlength={100}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={model.values.email}
          error={fieldError(model.errors, 'email')}
          autocomplete="email"
          maxlength={254}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          hint="At least 10 characters. A few words you will remember make a good one."
          error={fieldError(model.errors, 'password')}
          autocomplete="new-password"
        />
      </AccountForm>
      <p>
        Already have an account? <a href={withNext('/login', model.next)}>Log in</a>
      </p>
    </Layout>
  );
}
