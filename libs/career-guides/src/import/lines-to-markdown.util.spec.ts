import { expect } from 'expect';
import { describe, it } from 'node:test';
import { linesToMarkdown } from './lines-to-markdown.util';

describe('linesToMarkdown', () => {
  it('joins wrapped lines into paragraphs and keeps blank-line breaks', () => {
    expect(linesToMarkdown(['First line', 'continues here.', '', '', 'Second paragraph.'])).toBe(
      'First line continues here.\n\nSecond paragraph.',
    );
  });

  it('writes bullets as a list, sub-headings as ###, labels in bold', () => {
    const lines = ['Morning (9:00 AM - 12:00 PM)', '', 'Focus: Planning', '  • Plan the day.', '• • Write code.', '', 'Closing words.'];
    expect(linesToMarkdown(lines.map((line) => line.trim()))).toBe(
      '### Morning (9:00 AM - 12:00 PM)\n\n**Focus:** Planning\n\n- Plan the day.\n- Write code.\n\nClosing words.',
    );
  });

  it('does not turn a last short line, or prose with a colon deep inside, into a heading or label', () => {
    expect(linesToMarkdown(['Intro.', '', 'Thanks for reading'])).toBe('Intro.\n\nThanks for reading');
    const prose = 'Programs like AWS Certified Developer or Microsoft Certified: Azure Developer help.';
    expect(linesToMarkdown([prose])).toBe(prose);
  });

  it('returns an empty body for no content', () => {
    expect(linesToMarkdown(['', '', ''])).toBe('');
  });
});
