/**
 * Code blocks: Astro highlights them with Shiki, which writes each colour as a
 * `style` attribute. The site's Content-Security-Policy blocks inline styles
 * (netlify.toml), so the colours would never show and each attribute would be
 * a policy violation in the reader's browser. This Shiki transformer leaves
 * them out (code blocks keep Shiki's classes and markup); the writer wrote
 * nothing wrong, so there is no warning.
 */
import type { Element } from 'hast';

const withoutStyle = (node: Element) => void delete node.properties['style'];

export const codeWithoutInlineStyles = { name: 'code-without-inline-styles', pre: withoutStyle, span: withoutStyle };
