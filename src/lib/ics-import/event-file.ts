/** An imported event as a content file: front matter written by the yaml library, then the body. */
import { yamlLines } from '../yaml-lines.ts';
import type { ImportedEvent } from './import.ts';

/** The event as a content file: front matter in the contract's order, then the body. */
export function eventFileText(event: ImportedEvent): string {
  return `---\n${yamlLines(Object.entries(event.fields))}\n---\n${event.body ? `\n${event.body}\n` : ''}`;
}

/** Where a new event file goes: `content/events/<year it starts>/<slug>.md`. */
export function eventFilePath(event: ImportedEvent): string {
  return `content/events/${event.fields.start.slice(0, 4)}/${event.slug}.md`;
}
