/** Splits a list into pages of `size`; there is always at least one (possibly empty) page. */
export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    pageCount,
  }));
}
