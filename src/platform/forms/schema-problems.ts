import type { FieldProblem } from '../commands/result.ts';

/** One issue of Fastify's schema validation (Ajv). */
export interface SchemaIssue {
  keyword?: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

/** The form field an issue is about (`name`, `lines.2.amount`); '' for the body as a whole. */
function fieldOf(issue: SchemaIssue): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const missing = issue.keyword === 'required' ? issue.params?.missingProperty : undefined;
  return [path, typeof missing === 'string' ? missing : ''].filter(Boolean).join('.');
}

function keyOf(issue: SchemaIssue): Omit<FieldProblem, 'field'> {
  const limit = Number(issue.params?.limit);
  if (issue.keyword === 'required') return { key: 'forms.problem.required' };
  if (issue.keyword === 'maxLength') return { key: 'forms.problem.tooLong', params: { max: limit } };
  if (issue.keyword === 'minLength')
    return limit <= 1
      ? { key: 'forms.problem.required' }
      : { key: 'forms.problem.tooShort', params: { min: limit } };
  return { key: 'forms.problem.invalid' };
}

/**
 * A form body's schema issues as field problems, one per field (the first issue found: a union
 * gives several for one value); undefined when an issue is about the body as a whole (not a form
 * at all), which stays the platform's 422 error page.
 */
export function schemaProblems(issues: readonly SchemaIssue[]): FieldProblem[] | undefined {
  const byField = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (field === '') return undefined;
    if (!byField.has(field)) byField.set(field, { field, ...keyOf(issue) });
  }
  return [...byField.values()];
}
