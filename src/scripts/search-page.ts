/**
 * The search page's own script (bundled by Astro into an external file, so a
 * strict CSP needs no 'unsafe-inline'): runs the query from `?q=` on load, as
 * the header's GET form and shared links send it, and keeps `?q=` in step with
 * what the reader types, so reload, back and copy-link show the same results.
 * Pagefind's Component UI (loaded before this, deferred) does the rest.
 */
interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: unknown) => void): void;
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
    const url = new URL(window.location.href);
    const text = typeof term === 'string' ? term.trim() : '';
    if (text === (url.searchParams.get('q') ?? '')) return;
    if (text) url.searchParams.set('q', text);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  });

  const query = queryOf(window.location.search);
  if (query) instance.triggerSearch(query);
}
