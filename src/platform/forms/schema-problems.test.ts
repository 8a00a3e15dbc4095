import { describe, expect, it } from 'vitest';
import { schemaProblems } from './schema-problems.ts';

describe('schemaProblems', () => {
  it('gives one problem per field, the first issue found, with the limit as a parameter', () => {
    expect(
      schemaProblems([
        { keyword: 'required', instancePath: '', params: { missingProperty: 'name' } },
        { keyword: 'maxLength', instancePath: '/note', params: { limit: 200 } },
        { keyword: 'const', instancePath: '/kind', params: { allowedValue: 'a' } },
        { keyword: 'const', instancePath: '/kind', params: { allowedValue: 'b' } },
        { keyword: 'minLength', instancePath: '/lines/2/code', params: { limit: 4 } },
        { keyword: 'minLength', instancePath: '/title', params: { limit: 1 } },
      ]),
    ).toEqual([
      { field: 'name', key: 'forms.problem.required' },
      { field: 'note', key: 'forms.problem.tooLong', params: { max: 200 } },
      { field: 'kind', key: 'forms.problem.invalid' },
      { field: 'lines.2.code', key: 'forms.problem.tooShort', params: { min: 4 } },
      { field: 'title', key: 'forms.problem.required' },
    ]);
  });

  it('leaves a body that is not a form at all to the platform’s error page', () => {
    expect(
      schemaProblems([{ keyword: 'type', instancePath: '', params: { type: 'object' } }]),
    ).toBeUndefined();
  });
});
