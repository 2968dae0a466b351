/**
 * GitHub Actions workflow commands, so content problems show on the lines of a
 * pull request's diff: `::error file=content/events/summit.md,line=4::message`.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Problem } from './problem.ts';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: Problem): string {
  const props = [
    `file=${escapeProperty(p.file)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    ...(p.field ? [`title=${escapeProperty(`Content: ${p.field}`)}`] : []),
  ];
  return `::${p.severity} ${props.join(',')}::${escapeData(p.message)}`;
}
