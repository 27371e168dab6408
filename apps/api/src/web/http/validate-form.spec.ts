import { describe, it } from 'node:test';
import { expect } from 'expect';
import { SignupDto } from '../../accounts/dto/signup.dto';
import { UpdateMeDto } from '../../accounts/dto/update-me.dto';
import { formText, validateForm } from './validate-form';

const LABELS = { name: 'Name', email: 'Email', password: 'Password' };

describe('validateForm', () => {
  it('takes a good form through the DTO, trimmed, without the CSRF token and the page’s own fields', async () => {
    const outcome = await validateForm(
      SignupDto,
      { _csrf: 'token', next: '/jobs', name: '  Ada ', email: ' ada@example.com ', password: 'long enough pass' },
      { labels: LABELS, pageFields: ['next'] },
    );
    expect(outcome).toEqual({ ok: true, value: expect.any(SignupDto) });
    expect(outcome.ok && { ...outcome.value }).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'long enough pass' });
  });

  it('gives one message per field in the order of the form, each starting with the field’s label', async () => {
    const outcome = await validateForm(SignupDto, { name: '', email: 'nope', password: ['a', 'b'] }, { labels: LABELS });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'Name should not be empty' },
        { field: 'email', message: 'Email must be an email' },
        { field: 'password', message: expect.stringMatching(/^Password must be/) },
      ],
    });
  });

  it('refuses fields the DTO does not know, as the JSON API does, and a page field it was not told about', async () => {
    const outcome = await validateForm(UpdateMeDto, { name: 'Ada', role: 'admin', next: '/me' }, { labels: { name: 'Name' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.map((error) => error.field)).toEqual(['role', 'next']);
  });

  it('treats a missing body as an empty form', async () => {
    const outcome = await validateForm(UpdateMeDto, undefined, { labels: {} });
    expect(outcome.ok).toBe(true);
  });
});

describe('formText', () => {
  it('gives what was typed, and "" for a missing or repeated field', () => {
    expect(formText({ email: 'a@b.c' }, 'email')).toBe('a@b.c');
    expect(formText({ email: ['a', 'b'] }, 'email')).toBe('');
    expect(formText(undefined, 'email')).toBe('');
  });
});
