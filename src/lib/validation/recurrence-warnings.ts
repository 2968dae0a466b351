/**
 * A series without COUNT or UNTIL never ends, so the site lists its dates only
 * up to a horizon (src/lib/occurrences.ts) and adds later ones as it is
 * rebuilt. The writer is told where that is, and how to end the series if it
 * does end, rather than finding the calendar empty after that date.
 */
import { isOpenEnded, recurrenceHorizon } from '../occurrences.ts';
import { todayIn } from '../zoned-time.ts';
import type { CheckedFile } from './check-file.ts';
import type { Problem } from './problem.ts';

export interface RecurrenceWarningOptions {
  now: Date;
  siteTimeZone: string;
  /** The site config's `recurrenceHorizonMonths`. */
  recurrenceHorizonMonths: number;
}

export function openEndedRecurrenceWarnings(
  files: readonly CheckedFile[],
  { now, siteTimeZone, recurrenceHorizonMonths }: RecurrenceWarningOptions,
): Problem[] {
  const today = todayIn(siteTimeZone, now);
  return files.flatMap((f) => {
    const event = f.kind === 'event' ? f.fields : undefined;
    if (!event?.recurrence || !isOpenEnded(event.recurrence)) return [];
    const horizon = recurrenceHorizon(event.start, today, recurrenceHorizonMonths);
    const line = f.lineOf('recurrence');
    return [
      {
        severity: 'warning' as const,
        file: f.file,
        field: 'recurrence',
        ...(line !== undefined && { line }),
        message: `recurrence "${event.recurrence}" has no end, so the site lists its dates up to ${horizon} and adds later ones as time passes; if the series ends, add COUNT=<number of sessions> or UNTIL=<last date, YYYYMMDD> to the rule`,
      },
    ];
  });
}
