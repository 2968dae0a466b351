/**
 * "Now" for a build or a command: `SITE_NOW` (ISO 8601) pins it so tests and
 * reproducible builds do not depend on when they run; otherwise the clock's
 * reading, which the caller takes.
 */
export function siteNow(pinned: string | undefined, clock: Date): Date {
  const now = pinned ? new Date(pinned) : clock;
  if (Number.isNaN(now.getTime()))
    throw new Error(`SITE_NOW "${pinned}" is not a date; expected ISO 8601 such as 2025-12-01T12:00:00Z`);
  return now;
}
