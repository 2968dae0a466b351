/**
 * The parts of the runtime that shape output without being code: the time-zone
 * database (UTC offsets, zone abbreviations, every instant a page prints) and
 * ICU's locale data (month and day names, number formats). A Node update can
 * change them under unchanged code and content, so every cache that holds
 * output computed with them is keyed by them too.
 */
export interface RuntimeFacts {
  tz: string;
  icu: string;
  cldr: string;
  unicode: string;
}

export function runtimeFacts(): RuntimeFacts {
  const { tz = '', icu = '', cldr = '', unicode = '' } = process.versions;
  return { tz, icu, cldr, unicode };
}
