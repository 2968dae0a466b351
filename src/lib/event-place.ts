/**
 * Where an event happens, in the forms readers meet it. The writer's
 * `location` is the place as readers know it ("NYC"), `address` the full
 * street address, `online` the link to join; any of them may be missing.
 */
import type { EventFields } from './validation/fields.ts';

type PlaceFields = Pick<EventFields, 'location' | 'address' | 'online'>;

export interface Place {
  /** The place's name: the location, else the address. */
  name?: string;
  /** The street address when it is not already the name. */
  detail?: string;
  online?: string;
}

export function placeOf({ location, address, online }: PlaceFields): Place {
  const name = location ?? address;
  return {
    ...(name !== undefined && { name }),
    ...(location !== undefined && address !== undefined && { detail: address }),
    ...(online !== undefined && { online }),
  };
}

/** Location and address on one line, else the link to join: what a calendar entry's location says. */
export function placeLine(event: PlaceFields): string {
  const { name, detail, online } = placeOf(event);
  return [name, detail].filter(Boolean).join(', ') || online || '';
}

/** The short form lists show: the place's name, else "Online" for an online event. */
export function placeLabel(event: PlaceFields): string | undefined {
  const { name, online } = placeOf(event);
  return name ?? (online ? 'Online' : undefined);
}

/** A feed item's "where": the place's name and/or "online", e.g. `Hanoi and online`. */
export function placeSentence(event: PlaceFields): string {
  const { name, online } = placeOf(event);
  return [name, online && 'online'].filter(Boolean).join(' and ');
}
