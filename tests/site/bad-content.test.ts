import { describe, expect, inject, it } from 'vitest';
import { hasDist } from '../helpers/fixture-site.ts';

const output = inject('badOutput');

describe('a build with bad content', () => {
  it('exits non-zero and writes no site', () => {
    expect(inject('badStatus')).not.toBe(0);
    expect(hasDist(inject('badRoot'))).toBe(false);
  });

  it.each([
    'content/events/summit.md: end "2025-12-01" is before start "2025-12-02"',
    'content/events/impossible-date.md: start "2025-02-30" is not a real calendar date',
    'content/events/unknown-zone.md: timezone "Europe/Berln" is not a known IANA time zone',
    'content/events/bad-slug.md: slug "Bad Slug!" is not a valid slug',
    'content/events/summit.md: slug "summit" is already used by content/events/more/summit.md',
    'content/events/bad-url.md: url "www.example.org/register" is not a full web address',
    'content/events/bad-rrule.md: recurrence "FREQ=WEEKY;BYDAY=TU" has an unknown FREQ "WEEKY"',
    'content/events/image-no-alt.md: image "./missing.jpg" has no imageAlt',
    'content/events/typo-field.md: unknown field "strat" (value "2025-12-02"); did you mean "start"?',
    'content/events/broken-yaml.md: front matter is not valid YAML',
    'content/articles/no-title.md: title is missing',
    'content/articles/notes.markdown: is not read by the site',
  ])('lists: %s', (message) => {
    expect(output).toContain(message);
  });

  it('ends with a count, not only a stack trace', () => {
    expect(output).toMatch(/Content check failed: 13 errors and 0 warnings in 12 files/);
  });
});
