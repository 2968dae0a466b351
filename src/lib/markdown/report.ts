/**
 * How the body plugins tell what they repaired: a message on the file being
 * processed (unified's VFile), with the place in the body it came from. The
 * build ignores them; `npm run check` runs the same plugins and prints each as a
 * warning with its file and line (src/lib/validation/body-html-warnings.ts).
 */
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';

/** The `source` of every message the body plugins leave on a file. */
export const BODY_HTML = 'body-html';

/** `tag`: the tag the repair is about, as written (`Callout` for `<Callout>`), when a reader of the messages needs it. */
export function reportRepair(
  file: VFile,
  reason: string,
  place: Node | Position | undefined,
  ruleId: string,
  tag?: string,
): void {
  const position = place && 'type' in place ? place.position : place;
  const message = file.message(reason, { ...(position && { place: position }), source: BODY_HTML, ruleId });
  if (tag !== undefined) message.actual = tag;
}

export interface Repair {
  /** Line in the body, 1-based, when known. */
  line: number | undefined;
  reason: string;
  ruleId: string;
  tag: string | undefined;
}

/** The body plugins' messages on a file. */
export function repairsOf(file: VFile): Repair[] {
  return file.messages
    .filter((m) => m.source === BODY_HTML)
    .map((m) => ({ line: m.line ?? undefined, reason: m.reason, ruleId: m.ruleId ?? '', tag: m.actual ?? undefined }));
}
