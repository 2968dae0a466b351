/**
 * An event's status as readers see it: a label on cards and pages, and a
 * prefix before the title where a client may ignore the status itself
 * (feeds, calendar files, search results).
 */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A scheduled event says nothing about its status. */
export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  scheduled: '',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

/** `Cancelled`, `Postponed`, or empty for a scheduled event. */
export function statusLabel(status: EventStatus): string {
  return STATUS_LABELS[status];
}

/** `Cancelled: ` before a title, or nothing. */
export function statusPrefix(status: EventStatus): string {
  const label = statusLabel(status);
  return label ? `${label}: ` : '';
}
