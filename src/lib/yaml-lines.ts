/**
 * Front-matter lines written by the yaml library, for the files the commands
 * make (`npm run new`, `npm run import`, the benchmark's generator): the
 * library quotes and escapes; this module only chooses the styles writers
 * read most easily.
 */
import { Document, visit } from 'yaml';

export type StringStyle = 'plain' | 'double';

export interface YamlLineOptions {
  /**
   * How text is written: `plain` only where YAML allows it (the library quotes
   * the rest). A value given as a yaml Scalar with its own type keeps it.
   */
  strings?: StringStyle | ((text: string, inList: boolean) => StringStyle);
  /** `flow`: `tags: [a, b]`; `block`: one `- item` line each. */
  lists?: 'flow' | 'block';
}

/** `key: value` lines, in the order given, with no line folding and no final newline. */
export function yamlLines(
  fields: readonly (readonly [string, unknown])[],
  { strings = 'double', lists = 'flow' }: YamlLineOptions = {},
): string {
  const doc = new Document(Object.fromEntries(fields));
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || node.type !== undefined) return;
      const style = typeof strings === 'function' ? strings(node.value, typeof key === 'number') : strings;
      node.type = style === 'plain' ? 'PLAIN' : 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      node.flow = lists === 'flow';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** One `key: value` line. */
export const yamlLine = (key: string, value: unknown, options?: YamlLineOptions): string =>
  yamlLines([[key, value]], options);
