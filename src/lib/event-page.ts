/** What an event page shows beyond the event's own fields. */
import type { IsoDate } from './calendar-date.ts';
import { whenView, type WhenSettings, type WhenView } from './event-view.ts';
import { seriesWords } from './recurrence-words.ts';
import type { ListedEvent } from './site-index.ts';

export interface EventPageView {
  /** The next occurrence for a recurring event, else the event's own dates. */
  when: WhenView;
  recurrenceText?: string;
  /** Upcoming dates of a recurring event after the one shown (at most `limit`). */
  upcomingDates: WhenView[];
  urlHost?: string;
}

export function eventPageView(listed: ListedEvent, today: IsoDate, settings: WhenSettings, limit = 10): EventPageView {
  const { event, occurrence, occurrences } = listed;
  const view = (o: typeof occurrence) => whenView(o, settings);
  const upcoming = event.recurrence
    ? occurrences.filter((o) => o.end >= today && o !== occurrence).slice(0, limit)
    : [];
  const recurrenceText = seriesWords(listed, settings);
  return {
    when: view(occurrence),
    ...(recurrenceText && { recurrenceText }),
    upcomingDates: upcoming.map(view),
    ...(event.url && { urlHost: new URL(event.url).host.replace(/^www\./, '') }),
  };
}
