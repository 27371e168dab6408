import { describe, it } from 'node:test';
import { expect } from 'expect';
import { h, render } from '../../html/jsx';
import { CheckboxField, fieldError, formBinding, TextField } from './form-fields';

describe('fieldError', () => {
  it('shows a field its own error and its parts’ errors, but not those of a field whose name only starts the same', () => {
    const errors = [
      { field: 'tags.0', message: 'tag 1 is too long' },
      { field: 'tags.2', message: 'tag 3 is too long' },
      { field: 'tagsExtra', message: 'not this one' },
      { field: 'title', message: 'title should not be empty' },
    ];
    expect(fieldError(errors, 'tags')).toBe('tag 1 is too long; tag 3 is too long');
    expect(fieldError(errors, 'title')).toBe('title should not be empty');
    expect(fieldError(errors, 'slug')).toBeUndefined();
  });
});

describe('formBinding', () => {
  it('names a field once: its name, its value and its error come from the form', () => {
    const form = formBinding({ title: 'Go <dev>', remote: true }, [{ field: 'title', message: 'too long' }]);
    const html = String(render(<TextField {...form.field('title')} label="Title" />));
    expect(html).toContain('name="title"');
    expect(html).toContain('value="Go &lt;dev&gt;"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('too long');
    expect(String(render(<CheckboxField {...form.checkbox('remote')} label="Remote" />))).toContain('checked');
  });

  it('posts a group’s fields under its prefix, with the errors of the prefixed names', () => {
    const row = formBinding({ url: 'ftp://x' }, [{ field: 'links[1].url', message: 'must be an http(s) address' }], 'links[1].');
    const html = String(render(<TextField {...row.field('url')} label="Address" />));
    expect(html).toContain('name="links[1].url"');
    expect(html).toContain('id="field-links-1--url"');
    expect(html).toContain('must be an http(s) address');
  });
});
