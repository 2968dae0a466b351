/**
 * What the Markdown plugins need to know about HTML elements and attributes, as
 * the HTML standard defines them (and as html-validate and the Nu HTML Checker
 * check them): which elements have no end tag, which may wrap several Markdown
 * blocks, and which elements and attributes are obsolete.
 */

/** Every HTML element, current or obsolete; `svg` and `math` start foreign content. */
export const HTML_ELEMENTS = new Set([
  ...'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rb rp rt rtc ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr'.split(
    ' ',
  ),
  ...'acronym applet basefont bgsound big blink center dir font frame frameset image isindex keygen listing marquee menuitem multicol nextid nobr noembed noframes plaintext spacer strike tt xmp'.split(
    ' ',
  ),
  'math',
  'svg',
]);

/** Whether a tag name is HTML: a known element, or a custom element (its name has a hyphen). */
export const isHtmlElement = (name: string) => HTML_ELEMENTS.has(name) || name.includes('-');

/** Elements that never have an end tag. */
export const VOID_ELEMENTS = new Set(
  'area base basefont bgsound br col embed frame hr img input keygen link meta param source spacer track wbr'.split(
    ' ',
  ),
);

/** The parts of a table inside `<table>`, whose end tags may be left out. */
const TABLE_PARTS = ['tbody', 'td', 'tfoot', 'th', 'thead', 'tr'];

/** Elements whose end tag may be left out: the parser closes them where the next one starts. */
export const OPTIONAL_END_TAG = new Set([
  ...TABLE_PARTS,
  ...'body caption colgroup dd dt head html li optgroup option p rp rt'.split(' '),
]);

/**
 * Elements a writer may open in one HTML block and close in a later one, with
 * Markdown in between (`<div class="note">`, blank line, text, blank line,
 * `</div>`). Any other element left open at the end of its block would swallow
 * the blocks after it, up to the end of the body.
 */
export const BLOCK_CONTAINERS = new Set(
  'address article aside blockquote center details dialog div dl fieldset figure footer form header hgroup main menu nav ol search section table ul'.split(
    ' ',
  ),
);

/**
 * Elements that are not phrasing content: written in the middle of a sentence
 * and never closed there, such a tag is the writer naming a tag (`use headings
 * like <H1> and <H2>`), not markup.
 */
export const FLOW_ONLY = new Set([
  ...BLOCK_CONTAINERS,
  ...TABLE_PARTS,
  ...'caption dd dt figcaption h1 h2 h3 h4 h5 h6 legend li p pre summary'.split(' '),
]);

/** Elements whose content the HTML tokenizer reads as text up to their end tag. */
export const RAW_TEXT_ELEMENTS = new Set(
  'iframe noembed noframes plaintext script style textarea title xmp'.split(' '),
);

/** Elements that take `width` and `height` (whole numbers of CSS pixels). */
export const SIZED_ELEMENTS = new Set(['canvas', 'embed', 'iframe', 'img', 'input', 'object', 'source', 'video']);

/**
 * Obsolete elements and what becomes of them: another element that keeps the
 * content, or `null` when the element goes with its content (it shows nothing
 * useful in a browser today).
 */
export const OBSOLETE_ELEMENTS: Readonly<Record<string, string | null>> = {
  acronym: 'abbr',
  basefont: null,
  bgsound: null,
  big: 'span',
  blink: 'span',
  center: 'div',
  dir: 'ul',
  font: 'span',
  isindex: null,
  keygen: null,
  listing: 'pre',
  marquee: 'span',
  multicol: 'div',
  nextid: null,
  nobr: 'span',
  noembed: null,
  noframes: null,
  plaintext: 'pre',
  spacer: null,
  strike: 's',
  tt: 'code',
  xmp: 'pre',
};

const DATA_BINDING = ['datafld', 'dataformatas', 'datasrc'];
const TABLE_PART = ['align', 'background', 'bgcolor', 'char', 'charoff', 'valign'];

/**
 * Obsolete attributes, by element (`*`: on any element), besides `width` and
 * `height` on elements that take neither. Each is left out, except `name` on
 * `<a>`, which becomes the `id` it stood for.
 */
export const OBSOLETE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['contextmenu', ...DATA_BINDING],
  a: ['charset', 'coords', 'methods', 'name', 'rev', 'shape', 'urn'],
  area: ['nohref'],
  br: ['clear'],
  caption: ['align'],
  col: [...TABLE_PART],
  colgroup: [...TABLE_PART],
  div: ['align'],
  dl: ['compact'],
  form: ['accept'],
  h1: ['align'],
  h2: ['align'],
  h3: ['align'],
  h4: ['align'],
  h5: ['align'],
  h6: ['align'],
  hr: ['align', 'color', 'noshade', 'size'],
  iframe: [
    'align',
    'allowtransparency',
    'frameborder',
    'framespacing',
    'hspace',
    'longdesc',
    'marginheight',
    'marginwidth',
    'scrolling',
    'vspace',
  ],
  img: ['align', 'border', 'hspace', 'longdesc', 'lowsrc', 'name', 'vspace'],
  input: ['align', 'hspace', 'ismap', 'usemap', 'vspace'],
  legend: ['align'],
  li: ['type'],
  link: ['charset', 'methods', 'rev', 'target', 'urn'],
  meta: ['scheme'],
  object: [
    'align',
    'archive',
    'border',
    'classid',
    'code',
    'codebase',
    'codetype',
    'declare',
    'hspace',
    'standby',
    'vspace',
  ],
  ol: ['compact'],
  option: ['name'],
  p: ['align'],
  param: ['type', 'valuetype'],
  script: ['charset', 'event', 'for', 'language'],
  table: [
    'align',
    'background',
    'bgcolor',
    'border',
    'bordercolor',
    'cellpadding',
    'cellspacing',
    'datapagesize',
    'frame',
    'rules',
    'summary',
  ],
  tbody: [...TABLE_PART],
  td: [...TABLE_PART, 'abbr', 'axis', 'nowrap', 'scope'],
  tfoot: [...TABLE_PART],
  th: [...TABLE_PART, 'axis', 'nowrap'],
  thead: [...TABLE_PART],
  tr: [...TABLE_PART],
  ul: ['compact', 'type'],
};

/** Whether `attribute` (lower case) is obsolete on the HTML element `element` (not SVG or MathML). */
export function isObsoleteAttribute(element: string, attribute: string): boolean {
  if (attribute === 'width' || attribute === 'height') return !SIZED_ELEMENTS.has(element);
  return (
    (OBSOLETE_ATTRIBUTES[element] ?? []).includes(attribute) || (OBSOLETE_ATTRIBUTES['*'] ?? []).includes(attribute)
  );
}
