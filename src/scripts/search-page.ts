/**
 * The search page's own script (bundled by Astro into an external file, so a
 * strict CSP needs no 'unsafe-inline'): runs the query from `?q=` on load, as
 * the header's GET form and shared links send it, and keeps `?q=` in step with
 * what the reader types, so reload, back and copy-link show the same results.
 * It also merges the archive's year bundles into the search when the reader
 * asks for older items, or when nothing recent matches (`?older=1` keeps
 * that). Pagefind's Component UI (loaded before this, deferred) does the rest.
 */
import type { ArchiveList } from '../lib/search-bundles.ts';

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: unknown) => void): void;
  on(event: 'results', callback: (result: { results?: unknown[] }) => void): void;
  searchTerm?: string;
  /**
   * Component UI internals (Pagefind 1.6, pinned): load the bundle, and the
   * search API it loaded. The UI has no public way to merge an index after it
   * loaded; tests/site/search-browser.test.ts fails if these change.
   */
  __load__(): Promise<void>;
  __pagefind__?: { mergeIndex(path: string): Promise<void> };
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

/** The query a search URL carries, trimmed; empty when there is none. */
export function queryOf(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/**
 * Pagefind's filter dropdowns render their trigger as `<button role="combobox">`
 * with the label as text inside; a combobox takes no name from its content, so
 * screen readers announced an unnamed control (axe: button-name). Each trigger
 * is pointed at its own label, also when Pagefind renders it again.
 */
let labelCount = 0;

function nameFilterTriggers(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])').forEach((trigger) => {
    const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
    if (!label) return;
    label.id ||= `search-filter-label-${++labelCount}`;
    trigger.setAttribute('aria-labelledby', label.id);
  });
}

/** `?older=1`: the search includes the archive. */
export const OLDER_PARAM = 'older';

function setParam(name: string, value: string | undefined): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The line under the result count: what the search covers, and the button
 * that adds older items. The archive's list (a few hundred bytes) is fetched
 * up front to say how many older items there are, or to hide the offer when
 * there are none; the year bundles themselves only when asked for.
 */
function scopeControl(scope: HTMLElement, instance: PagefindInstance): void {
  const text = scope.querySelector<HTMLElement>('[data-search-scope-text]');
  const button = scope.querySelector<HTMLButtonElement>('[data-search-older]');
  if (!text || !button) return;
  const list: Promise<ArchiveList | undefined> = fetch(scope.dataset['archiveList'] ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<ArchiveList>) : undefined))
    .catch(() => undefined);
  let state: 'recent' | 'loading' | 'all' = 'recent';

  const includeOlder = async (): Promise<void> => {
    if (state !== 'recent') return;
    state = 'loading';
    button.disabled = true;
    text.textContent = 'Loading older items…';
    try {
      const archive = await list;
      if (!archive) throw new Error('no archive list');
      await instance.__load__();
      const pagefind = instance.__pagefind__;
      if (!pagefind) throw new Error('Pagefind did not load');
      await Promise.all(archive.bundles.map((bundle) => pagefind.mergeIndex(bundle.path)));
      state = 'all';
      const hadFocus = document.activeElement === button;
      button.hidden = true;
      text.textContent = 'Searching all events and news.';
      // The button is gone; keep keyboard users where they were, not back at the top of the page.
      if (hadFocus) text.focus();
      setParam(OLDER_PARAM, '1');
      if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
    } catch {
      state = 'recent';
      button.disabled = false;
      text.textContent = `Older items could not be loaded; searching upcoming events and everything since ${scope.dataset['since'] ?? 'recently'}.`;
    }
  };

  button.addEventListener('click', () => void includeOlder());
  // Nothing recent matches: the reader wants older items, so look there without a click.
  instance.on('results', (result) => {
    if (state === 'recent' && instance.searchTerm?.trim() && (result.results?.length ?? 0) === 0) void includeOlder();
  });
  void list.then((archive) => {
    const older = archive?.bundles.reduce((n, bundle) => n + bundle.pages, 0) ?? 0;
    if (older === 0) return;
    button.textContent = `Include ${older.toLocaleString('en-US')} older ${older === 1 ? 'item' : 'items'}`;
    scope.hidden = false;
  });
  if (new URLSearchParams(window.location.search).get(OLDER_PARAM) === '1') void includeOlder();
}

export function startSearchPage(): void {
  if (!document.querySelector('[data-search-page]')) return; // the dev server's page has no search UI
  const components = window.PagefindComponents;
  if (!components) return; // the bundle failed to load; the UI reports nothing, the page stays as it is
  const instance = components.getInstanceManager().getInstance('default');

  const filters = document.querySelector('.search-filters');
  if (filters) {
    nameFilterTriggers(filters);
    new MutationObserver(() => nameFilterTriggers(filters)).observe(filters, { childList: true, subtree: true });
  }

  instance.on('search', (term) => {
    const text = typeof term === 'string' ? term.trim() : '';
    if (text !== queryOf(window.location.search)) setParam('q', text);
  });

  const scope = document.querySelector<HTMLElement>('[data-search-scope]');
  if (scope) scopeControl(scope, instance);

  const query = queryOf(window.location.search);
  if (query) instance.triggerSearch(query);
}
