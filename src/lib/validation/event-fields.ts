/**
 * The check of one event's front matter against the contract
 * (fields.ts), for the content loader, the build's pre-check and
 * `npm run check`, so writers see the same message everywhere.
 */
import { RRule } from '../rrule.ts';
import { isValidTimeZone, resolveWallClock } from '../zoned-time.ts';
import { readUrl } from './field-values.ts';
import { closest } from './closest.ts';
import { EVENT_FIELD_DEFS as F, EVENT_FIELDS, type EventFields } from './fields.ts';
import { FieldReporter, type ValidationContext, type Validated } from './reporter.ts';

const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'];
const RRULE_EXAMPLE = '"FREQ=WEEKLY;BYDAY=TU;COUNT=10"';

const RULE_PARTS = [
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
];
const WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * Checks an RRULE value part by part, so a writer learns which part is wrong
 * (rrule itself throws TypeErrors for some bad parts), then lets rrule parse it.
 */
export function rruleProblem(rule: string): string | null {
  if (/^RRULE:/i.test(rule) || /DTSTART/i.test(rule)) return 'should hold only the rule, without "RRULE:" or DTSTART';
  const parts = new Map<string, string>();
  for (const part of rule.split(';').filter(Boolean)) {
    const [name = '', value = ''] = part.split('=');
    const key = name.toUpperCase();
    if (!RULE_PARTS.includes(key)) return `has an unknown part "${name}"${closestHint(key, RULE_PARTS)}`;
    parts.set(key, value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) return 'has no FREQ part';
  if (!FREQUENCIES.includes(freq))
    return `has an unknown FREQ "${freq}"${closestHint(freq, FREQUENCIES)} (expected one of ${FREQUENCIES.join(', ')})`;
  const badDay = parts
    .get('BYDAY')
    ?.split(',')
    .find((day) => !WEEKDAY.test(day));
  if (badDay !== undefined)
    return `has an unknown day "${badDay}" in BYDAY (expected MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=TU or BYDAY=-1FR)`;
  if (parts.has('COUNT') && parts.has('UNTIL')) return 'has both COUNT and UNTIL; RFC 5545 allows only one';
  try {
    new RRule(RRule.parseString(rule));
    return null;
  } catch (error) {
    return `could not be read (${(error as Error).message})`;
  }
}

function closestHint(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess ? `; did you mean "${guess}"?` : '';
}

export function validateEventFields(data: Record<string, unknown>, ctx: ValidationContext): Validated<EventFields> {
  const r = new FieldReporter(ctx, EVENT_FIELDS, data);
  const title = r.text('title', F.title, data['title']);
  const slug = r.slug(F.slug, data['slug']);
  const start = r.dateTime('start', F.start, data['start']);
  const end = r.dateTime('end', F.end, data['end']);
  const zoneRaw = r.text('timezone', { max: 64 }, data['timezone']);
  let timezone = ctx.siteTimeZone;
  if (zoneRaw !== undefined) {
    if (isValidTimeZone(zoneRaw)) timezone = zoneRaw;
    else
      r.error(
        'timezone',
        `timezone ${JSON.stringify(zoneRaw)} is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh"${r.zoneHint(zoneRaw)}`,
      );
  }
  const location = r.text('location', F.location, data['location']);
  const address = r.text('address', F.address, data['address']);
  const online = r.optional('online', data['online'], readUrl);
  const url = r.optional('url', data['url'], readUrl);
  const summary = r.summary(data['summary']);
  const organizer = r.text('organizer', F.organizer, data['organizer']);
  const tags = r.tags(data['tags']);
  const { image, imageAlt } = r.image(data['image'], data['imageAlt'], F.imageAlt);
  const status = r.oneOf('status', data['status'], F.status.values) ?? 'scheduled';
  const recurrence = r.text('recurrence', F.recurrence, data['recurrence']);
  if (recurrence !== undefined) {
    const complaint = rruleProblem(recurrence);
    if (complaint)
      r.error(
        'recurrence',
        `recurrence ${JSON.stringify(recurrence)} ${complaint}; expected an RFC 5545 rule such as ${RRULE_EXAMPLE}`,
      );
  }
  const exclude = r.dateList('exclude', data['exclude']);
  if (exclude.length > 0 && recurrence === undefined) {
    r.error(
      'exclude',
      `exclude is given but recurrence is not; exclude skips dates of a recurring event, so add recurrence or remove exclude`,
    );
  }
  const updated = r.dateTime('updated', F.updated, data['updated']);
  const draft = r.boolean('draft', data['draft']) ?? false;
  if (start && end) {
    if (!start.time && end.time) {
      r.error(
        'end',
        `end ${JSON.stringify(`${end.date}T${end.time}`)} has a time but start ${JSON.stringify(start.date)} does not; give both a time or neither`,
      );
    } else {
      const startText = start.time ? `${start.date}T${start.time}` : start.date;
      const endText = end.time ? `${end.date}T${end.time}` : end.date;
      const before =
        end.date < start.date ||
        (end.date === start.date && end.time !== undefined && start.time !== undefined && end.time < start.time);
      if (before) r.error('end', `end ${JSON.stringify(endText)} is before start ${JSON.stringify(startText)}`);
    }
  }
  if (zoneRaw === undefined || timezone === zoneRaw) {
    for (const [field, value] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (!value?.time) continue;
      const resolution = resolveWallClock(value.date, value.time, timezone);
      const shown = JSON.stringify(`${value.date}T${value.time}`);
      if (resolution.kind === 'gap') {
        r.error(
          field,
          `${field} ${shown} does not exist in ${timezone}: the clocks skip that hour when summer time starts; expected a time outside the skipped hour`,
        );
      } else if (resolution.kind === 'ambiguous') {
        r.warning(
          field,
          `${field} ${shown} happens twice in ${timezone} (the clocks go back that night); the first one is used`,
        );
      }
    }
  }
  if (!title || !start || r.hasErrors()) return r.result<EventFields>(undefined);
  return r.result({
    title,
    start: start.date,
    end: end?.date ?? start.date,
    timezone,
    tags,
    status,
    exclude,
    draft,
    ...(slug !== undefined && { slug }),
    ...(start.time !== undefined && { startTime: start.time }),
    ...(end?.time !== undefined && { endTime: end.time }),
    ...(location !== undefined && { location }),
    ...(address !== undefined && { address }),
    ...(online !== undefined && { online }),
    ...(url !== undefined && { url }),
    ...(summary !== undefined && { summary }),
    ...(organizer !== undefined && { organizer }),
    ...(image !== undefined && { image, imageAlt }),
    ...(recurrence !== undefined && { recurrence }),
    ...(updated !== undefined && { updated: updated.date }),
    ...(updated?.time !== undefined && { updatedTime: updated.time }),
  });
}
