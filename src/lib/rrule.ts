/**
 * The `rrule` package ships CommonJS for Node and ESM without a default export
 * for bundlers; this is the one import of it that works under both (Node scripts
 * and tests get `default`, Vite's bundle gets the named exports).
 */
import * as rruleModule from 'rrule';

type RRuleModule = typeof import('rrule');
const resolved: RRuleModule = (rruleModule as unknown as { default?: RRuleModule }).default ?? rruleModule;

export const RRule = resolved.RRule;
export type RRule = import('rrule').RRule;
