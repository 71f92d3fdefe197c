// The agenda as an iCalendar file (RFC 5545) written by Mozilla's `ical.js`: an all-day event per
// due date with an alarm `ALARM_DAYS` before, and a UID made of the case, the request and the kind
// of date (not the date), so re-importing after an extension moves a date updates the event
// rather than adding one. Bundled apart (dist/ics.js) and loaded on first use (load-ics.ts).
//
// ical.js builds the components and writes them (escaping, line folding, CRLF). It
// replaced the `ics` package, which validated every event through a schema library: 6,500 events
// took 2.2 s there, about 0.5 s here (`npm run bench -- --agenda-only`).
import ICAL from 'ical.js';
import type { DueItem } from '.';
import { addDays } from '../core/dates';
import { itemTitle } from './render';

/** Days before a due date that the calendar's alarm rings. */
export const ALARM_DAYS = 3;

/** The stable UID of a due item: case, request (id, else position) and kind. */
export function itemUid(d: DueItem): string {
  const part = (s: string) => encodeURIComponent(s).replace(/\./g, '%2E');
  return `${part(d.caseId ?? d.file ?? '-')}.${part(d.requestId ?? `#${d.index + 1}`)}.${d.kind}@which-channel`;
}

/** What the event says beyond its title: what to do, the status, the channel, the holder, the file. */
function description(d: DueItem): string {
  const holder = d.holder ? ` Holder: ${d.holder}${d.holder.endsWith('.') ? '' : '.'}` : '';
  return `${d.todo}\nStatus: ${d.status}. Channel: ${d.channel ?? 'unknown'}.${holder}${d.file ? `\nCase file: ${d.file}` : ''}`;
}

/**
 * The calendar. `now` is the DTSTAMP of every event (when the file was written, RFC 5545
 * 3.8.7.2); a test passes a fixed one.
 */
export function renderIcs(items: readonly DueItem[], now: Date = new Date()): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('prodid', 'which-channel');
  cal.updatePropertyWithValue('method', 'PUBLISH');
  cal.updatePropertyWithValue('x-wr-calname', 'which-channel agenda');
  const stamp = ICAL.Time.fromJSDate(now, true);
  // The alarm rings ALARM_DAYS before, counted in hours (-PT72H), as the calendar has always said.
  const trigger = ICAL.Duration.fromData({ hours: ALARM_DAYS * 24, isNegative: true });
  for (const d of items) {
    const title = itemTitle(d);
    const ev = new ICAL.Component('vevent');
    ev.updatePropertyWithValue('uid', itemUid(d));
    ev.updatePropertyWithValue('summary', title);
    ev.updatePropertyWithValue('dtstamp', stamp);
    // All-day: DTSTART and DTEND as dates, the event ending on the next day.
    ev.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(d.date));
    ev.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(d.date, 1)));
    ev.updatePropertyWithValue('description', description(d));
    const alarm = new ICAL.Component('valarm');
    alarm.updatePropertyWithValue('action', 'DISPLAY');
    alarm.updatePropertyWithValue('description', title);
    alarm.updatePropertyWithValue('trigger', trigger);
    ev.addSubcomponent(alarm);
    cal.addSubcomponent(ev);
  }
  // ical.js folds at foldLength octets not counting the space that starts a continuation line, so
  // those lines would be 76 octets; RFC 5545 3.1 says 75 with the space. Fold at 74.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = fold;
  }
}
