/** Plain test data in the shapes src/lib works on. */
import type { ArticleData, EventData } from '../../src/lib/model.ts';

export function makeEvent(overrides: Partial<EventData> = {}): EventData {
  return {
    slug: 'e',
    title: 'E',
    start: '2025-12-02',
    end: '2025-12-02',
    timezone: 'America/New_York',
    tags: [],
    status: 'scheduled',
    exclude: [],
    draft: false,
    summary: '',
    text: '',
    file: 'content/events/e.md',
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    slug: 'a',
    title: 'A',
    date: '2025-11-01',
    authors: [],
    category: 'News',
    tags: [],
    draft: false,
    summary: '',
    readingMinutes: 1,
    file: 'content/articles/a.md',
    ...overrides,
  };
}
