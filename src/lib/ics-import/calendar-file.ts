/**
 * Reading an iCalendar file with ical.js: the calendars in it, or an IcsError
 * that says why nothing can be imported.
 */
import ICAL from 'ical.js';

export type Component = InstanceType<typeof ICAL.Component>;
export type Property = InstanceType<typeof ICAL.Property>;
export type Time = InstanceType<typeof ICAL.Time>;

/** The whole file cannot be imported; nothing should be written. */
export class IcsError extends Error {
  override name = 'IcsError';
}

/** Google and others write all-day dates as `DTSTART:20220101` without VALUE=DATE; ical.js rejects that. */
function addMissingDateValue(text: string): string {
  return text.replace(
    /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:\r\n]*)?):(\d{8}(?:,\d{8})*)(\r?)$/gim,
    (line, name: string, params: string, value: string, cr: string) =>
      /;VALUE=/i.test(params) ? line : `${name}${params};VALUE=DATE:${value}${cr}`,
  );
}

export function parseCalendars(text: string): Component[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(clean)) {
    const looksLikeHtml = /^\s*</.test(clean);
    throw new IcsError(
      `is not an iCalendar file: it should start with BEGIN:VCALENDAR${looksLikeHtml ? ' (this looks like a web page: download the .ics file itself, not the page that links to it)' : ''}`,
    );
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(addMissingDateValue(clean));
  } catch (error) {
    const message = (error as Error).message.replace(/\.$/, '');
    const hint = /began but did not end|not end/i.test(message)
      ? 'the file seems cut off (a BEGIN: line has no matching END:); export it again'
      : 'the file is damaged or not valid iCalendar; export it again';
    throw new IcsError(`could not be read (${message}): ${hint}`);
  }
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  return list.map((data) => new ICAL.Component(data as never)).filter((c) => c.name === 'vcalendar');
}

/** A property's text, trimmed; undefined when missing or empty. */
export function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
