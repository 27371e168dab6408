import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ApplyDto } from '../../applications/dto/apply.dto';
import { formFields, labelledErrors, validateForm } from './validate-form';

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
