/**
 * How the body repairs (balance-html.ts, body-html.ts) tell what they did:
 * the reason in the words `npm run check` prints, the rule, and the place in
 * the body when the tree has one. The check gives them unified's VFile, which
 * keeps each as a message with its line (src/lib/validation/body-html-warnings.ts);
 * the renderer keeps them in its document data, where the tests read them to
 * compare the two (repairLog).
 */
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';

/** `tag`: the tag the repair is about, as written (`Callout` for `<Callout>`), when a reader of the repairs needs it. */
export type Report = (reason: string, place: Node | Position | undefined, ruleId: string, tag?: string) => void;

/** The `source` of every message the repairs leave on a file. */
export const BODY_HTML = 'body-html';

export interface Repair {
  /** Line in the body, 1-based, when known. */
  line: number | undefined;
  reason: string;
  ruleId: string;
  tag: string | undefined;
}

/** Repairs as messages on a unified file, with their place. */
export function fileReport(file: VFile): Report {
  return (reason, place, ruleId, tag) => {
    const position = place && 'type' in place ? place.position : place;
    const message = file.message(reason, { ...(position && { place: position }), source: BODY_HTML, ruleId });
    if (tag !== undefined) message.actual = tag;
  };
}

/** The repairs' messages on a file. */
export function repairsOf(file: VFile): Repair[] {
  return file.messages
    .filter((m) => m.source === BODY_HTML)
    .map((m) => ({ line: m.line ?? undefined, reason: m.reason, ruleId: m.ruleId ?? '', tag: m.actual ?? undefined }));
}

/** Where in a document's data (Sätteri's `ctx.data`) the renderer lists its repairs, when the caller gives a list. */
export const REPAIR_LOG = 'bodyRepairs';

/** Repairs into the list the caller put in the document's data; nowhere when there is none (a build). */
export function logReport(data: Record<string, unknown>): Report {
  const log = data[REPAIR_LOG];
  if (!Array.isArray(log)) return () => {};
  return (reason, _place, ruleId, tag) => void log.push({ line: undefined, reason, ruleId, tag } satisfies Repair);
}
