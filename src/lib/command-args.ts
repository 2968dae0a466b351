/**
 * The writers' commands read their arguments with Node's parseArgs, leniently,
 * so that each command can answer a mistake in its own words (with the option
 * it most likely meant) rather than with parseArgs' message.
 */
import { parseArgs } from 'node:util';

export type OptionTypes = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export type ArgProblem =
  /** An option the command does not have, as typed (`--strat`). */
  | { kind: 'unknown'; name: string; typed: string }
  /** A text option given no value. */
  | { kind: 'missing value'; name: string };

export interface CommandArgs {
  /** Given text options and the boolean ones that are on. */
  values: Record<string, string | true>;
  positionals: string[];
  /** In the order they were typed. */
  problems: ArgProblem[];
}

export function readCommandArgs(args: readonly string[], options: OptionTypes): CommandArgs {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  const problems: ArgProblem[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const type = options[token.name]?.type;
    if (type === undefined) problems.push({ kind: 'unknown', name: token.name, typed: token.rawName });
    else if (type === 'boolean') values[token.name] = true;
    // Not `--start --end x`: an option right after another is not its value.
    else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
      problems.push({ kind: 'missing value', name: token.name });
    else values[token.name] = token.value;
  }
  return { values, positionals, problems };
}
