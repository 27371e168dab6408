import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ApplyDto } from '../../applications/dto/apply.dto';
import { SignupDto } from '../../accounts/dto/signup.dto';
import { UpdateMeDto } from '../../accounts/dto/update-me.dto';
import { formFields, formText, labelledErrors, validateForm, validateLabelledForm } from './validate-form';

describe('form fields', () => {
  it('keeps one string per name, line breaks as \\n, and never the CSRF token', () => {
    expect(formFields({ _csrf: 't', coverLetter: 'a\r\nb\rc', tag: ['go', 'rust'], n: 1 })).toEqual({ coverLetter: 'a\nb\nc', tag: 'go' });
    expect(formFields(undefined)).toEqual({});
    expect(formFields('text')).toEqual({});
    expect(formFields(['a'])).toEqual({});
  });
});

describe('validateForm', () => {
  it("answers the API DTO's instance for a good form", async () => {
    const checked = await validateForm(ApplyDto, { coverLetter: 'Hello', resumeUrl: 'https://example.test/cv.pdf' });
    expect(checked.errors).toBeNull();
    expect(checked.value).toBeInstanceOf(ApplyDto);
    expect(checked.value).toEqual({ coverLetter: 'Hello', resumeUrl: 'https://example.test/cv.pdf' });
  });

  it('refuses unknown fields and bad values as the API does, one message per field', async () => {
    const checked = await validateForm(ApplyDto, { coverLetter: 42, resumeUrl: 'javascript:alert(1)', admin: 'yes' });
    expect(checked.value).toBeNull();
    expect(checked.errors).toEqual([
      { field: 'admin', message: 'should not exist' },
      { field: 'coverLetter', message: 'coverLetter must be a string' },
      { field: 'resumeUrl', message: 'must be an http or https URL' },
    ]);
  });
});

describe('labelledErrors', () => {
  const labels = { coverLetter: 'Cover letter', 'criteria.salaryMin': 'Minimum salary', 'criteria.tags': 'Skills' };

  it("puts the field's label where the message names the property, or before a message that names none", () => {
    expect(
      labelledErrors(
        [
          { field: 'coverLetter', message: 'coverLetter must be a string' },
          { field: 'criteria.salaryMin', message: 'must be an integer from 0 to 100000000' },
          { field: 'criteria.tags[3]', message: 'each value in tags must be shorter than or equal to 40 characters' },
          { field: 'other', message: 'other is odd' },
        ],
        labels,
      ),
    ).toEqual([
      { field: 'coverLetter', message: 'Cover letter must be a string' },
      { field: 'criteria.salaryMin', message: 'Minimum salary must be an integer from 0 to 100000000' },
      { field: 'criteria.tags', message: 'Skills: each value must be shorter than or equal to 40 characters' },
      { field: 'other', message: 'other is odd' },
    ]);
  });
});

const LABELS = { name: 'Name', email: 'Email', password: 'Password' };

describe('validateLabelledForm', () => {
  it('takes a good form through the DTO, trimmed, without the CSRF token and the page’s own fields', async () => {
    const outcome = await validateLabelledForm(
      SignupDto,
      { _csrf: 'token', next: '/jobs', name: '  Ada ', email: ' ada@example.com ', password: 'long enough pass' },
      { labels: LABELS, pageFields: ['next'] },
    );
    expect(outcome).toEqual({ ok: true, value: expect.any(SignupDto) });
    expect(outcome.ok && { ...outcome.value }).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'long enough pass' });
  });

  it('gives one message per field in the order of the form, each starting with the field’s label', async () => {
    const outcome = await validateLabelledForm(SignupDto, { name: '', email: 'nope', password: ['a', 'b'] }, { labels: LABELS });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: expect.stringMatching(/^Name /) },
        { field: 'email', message: 'Email must be an email' },
        { field: 'password', message: expect.stringMatching(/^Password must be/) },
      ],
    });
  });

  it('refuses fields the DTO does not know, as the JSON API does, and a page field it was not told about', async () => {
    const outcome = await validateLabelledForm(UpdateMeDto, { name: 'Ada', role: 'admin', next: '/me' }, { labels: { name: 'Name' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.map((error) => error.field)).toEqual(['role', 'next']);
  });

  it('treats a missing body as an empty form', async () => {
    const outcome = await validateLabelledForm(UpdateMeDto, undefined, { labels: {} });
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
