import type { ParsedPlan } from './parsed.ts';

/** What a reviewer should look at: no items, labels that do not fit, items without organisations or dates. */
export function reviewParsedPlan(plan: ParsedPlan): void {
  const total = plan.priorities.reduce((sum, p) => sum + p.commitments.length, 0);
  if (total === 0) {
    plan.problems.push({
      line: 1,
      message:
        'no numbered priority areas or commitments were found: rows should be numbered like "I)" and "3.3.1.1"',
    });
    return;
  }
  const codes = new Map<string, string>();
  for (const p of plan.priorities) {
    if (p.title === null)
      plan.warnings.push({ line: p.line, message: `priority area ${p.number} has no title` });
    if (p.code) {
      const other = codes.get(p.code);
      if (other)
        plan.warnings.push({
          line: p.line,
          message: `priority area ${p.number} is labelled ${p.code}, as ${other} is`,
        });
      codes.set(p.code, p.number);
      const numbered = p.commitments.filter((c) => c.number && /^\d/.test(c.number));
      const off = numbered.filter((c) => !c.number!.startsWith(`${p.code}.`));
      if (numbered.length > 0 && off.length === numbered.length)
        plan.warnings.push({
          line: p.line,
          message: `priority area ${p.number} is labelled ${p.code} but its commitments are numbered ${numbered[0]!.number} …`,
        });
    }
    if (p.commitments.length === 0)
      plan.warnings.push({ line: p.line, message: `priority area ${p.number} has no commitments` });
    for (const c of p.commitments) {
      const label = c.number ?? `"${c.title.slice(0, 40)}"`;
      if (c.number === null)
        plan.warnings.push({ line: c.line, message: `commitment ${label} has no number in the document` });
      const items = [c, ...c.milestones];
      if (!items.some((i) => i.organizations.length > 0))
        plan.warnings.push({ line: c.line, message: `commitment ${label} names no organisation` });
      if (!items.some((i) => i.period))
        plan.warnings.push({ line: c.line, message: `commitment ${label} has no timeline` });
    }
  }
}
