/**
 * Gate: every HTML file of a built site is valid HTML, checked by html-validate
 * with the project's .htmlvalidate.json (the recommended rules; any relaxed rule
 * says why there). Pure function over a dist/ folder.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../dist.ts';
import { PROJECT } from '../fixture-site.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

export function projectHtmlConfig(): ConfigData {
  return JSON.parse(readFileSync(join(PROJECT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

export async function checkHtml(dist: string, config: ConfigData = projectHtmlConfig()): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ file, line: m.line, rule: m.ruleId, message: m.message });
    }
  }
  return problems;
}
