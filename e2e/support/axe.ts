import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Check the page at rest: a pointer left over the last clicked button would show its hover colours.
  await page.mouse.move(0, 0);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations as Violation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One readable block per violation: rule, impact, what to fix and the first offending elements. */
export function describeViolations(where: string, violations: Violation[]): string {
  if (!violations.length) return `${where}: no serious or critical accessibility violations`;
  const blocks = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
  });
  return `${where}: ${violations.length} serious/critical accessibility violation(s)\n${blocks.join('\n')}`;
}

/** Fails with a readable list when the page has serious or critical accessibility violations. */
export async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  if (violations.length) throw new Error(describeViolations(where, violations));
}
