/** Gate: every page is valid HTML (html-validate, .htmlvalidate.json). */
import { describe, expect, inject, it } from 'vitest';
import { checkHtml } from '../helpers/gates/html.ts';

const dist = inject('siteDist');

describe('valid HTML', () => {
  it('every page of the built site passes html-validate', async () => {
    expect(await checkHtml(dist)).toEqual([]);
  });
});
