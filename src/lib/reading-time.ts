/**
 * Reading time: the minutes an adult needs to read a body's plain text, at
 * WORDS_PER_MINUTE, rounded up, at least 1. The content check counts it from
 * the plain text it reads from each article's body (validation/body-facts.ts),
 * so only the number is stored, never the text.
 *
 * Words are what `Intl.Segmenter` calls word-like, so punctuation and
 * Markdown's leftover marks are not words, and text written without spaces
 * between words (Chinese, Japanese, Thai) still counts by its words.
 */

/** Adults' silent reading of non-fiction in English (Brysbaert, 2019, a review of 190 studies). */
export const WORDS_PER_MINUTE = 238;

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Word-like segments of `text`, as `Intl.Segmenter` counts them. The
 * segmenter makes an object per segment, spaces and marks included, and was
 * the content check's largest single cost after YAML (0.6 s at 5,000
 * articles, measured), so text is cut at ASCII white space, where the
 * segmenter always breaks, and pieces of ASCII (and English punctuation) are
 * counted by its rules here (plainWords); the rest still goes to the segmenter.
 * tests/unit/reading-time.test.ts compares the two on every short string of
 * the characters those rules name, and on mixed text.
 */
export function countWords(text: string): number {
  let words = 0;
  const end = text.length;
  for (let i = 0; i < end;) {
    while (i < end && classOf(text.charCodeAt(i)) === SPACE) i++;
    if (i === end) break;
    let to = i;
    let plain = true;
    for (; to < end; to++) {
      const code = text.charCodeAt(to);
      if (code >= 128) plain &&= MORE_CLASSES.has(code);
      else if (CLASS[code] === SPACE) break;
    }
    words += plain ? plainWords(text, i, to) : segmentedWords(text.slice(i, to));
    i = to;
  }
  return words;
}

function segmentedWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

// Word-break classes (Unicode's UAX #29, as ICU applies them) of ASCII characters.
const OTHER = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
/** `_`, which joins letters and digits. */
const JOINER = 4;
/** `:`, inside a word between letters. */
const MID_LETTER = 5;
/** `.` and `'`, between letters or between digits. */
const MID_NUM_LET = 6;
/** `,` and `;`, between digits. */
const MID_NUM = 7;

const CLASS = new Uint8Array(128);
for (const c of ' \t\n\v\f\r') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 0; c < 26; c++) CLASS[65 + c] = CLASS[97 + c] = LETTER;
for (let c = 48; c < 58; c++) CLASS[c] = DIGIT;
CLASS[95] = JOINER;
CLASS[58] = MID_LETTER;
CLASS[46] = CLASS[39] = MID_NUM_LET;
CLASS[44] = CLASS[59] = MID_NUM;

/** The punctuation of English text beyond ASCII, so that a curly apostrophe does not send a word to the segmenter. */
const MORE_CLASSES = new Map<number, number>([
  [0x2018, MID_NUM_LET], // ‘
  [0x2019, MID_NUM_LET], // ’
  [0x201c, OTHER], // “
  [0x201d, OTHER], // ”
  [0x2013, OTHER], // –
  [0x2014, OTHER], // —
  [0x2026, OTHER], // …
]);

const inWord = (c: number | undefined) => c === LETTER || c === DIGIT || c === JOINER;

const classOf = (code: number): number => (code < 128 ? CLASS[code]! : (MORE_CLASSES.get(code) ?? OTHER));

/** Words in text[from, to): no white space, and every character has a class here. */
function plainWords(text: string, from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to;) {
    const first = classOf(text.charCodeAt(i));
    if (!inWord(first)) {
      i++;
      continue;
    }
    const start = i;
    let last = first;
    for (i++; i < to;) {
      const c = classOf(text.charCodeAt(i));
      if (inWord(c)) {
        last = c;
        i++;
        continue;
      }
      const next = i + 1 < to ? classOf(text.charCodeAt(i + 1)) : undefined;
      const betweenLetters = last === LETTER && next === LETTER && (c === MID_LETTER || c === MID_NUM_LET);
      const betweenDigits = last === DIGIT && next === DIGIT && (c === MID_NUM || c === MID_NUM_LET);
      if (!betweenLetters && !betweenDigits) break;
      i += 2;
    }
    // ICU's one exception: a lone `_` is not word-like (`__` is).
    if (!(first === JOINER && i - start === 1)) words++;
  }
  return words;
}

/** Whole minutes to read `words` words: rounded up, never 0 (a short note still takes a moment). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** `4 min read` */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
