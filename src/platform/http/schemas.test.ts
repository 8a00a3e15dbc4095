import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { documentedRoute, problemResponses } from './schemas.ts';

describe('documentedRoute', () => {
  it('writes the tag, the summary, what the route takes and its 200 answer beside the problems', () => {
    const Params = Type.Object({ id: Type.String({ maxLength: 10 }) });
    const Answer = Type.Object({ id: Type.String() });
    expect(
      documentedRoute('things', 'One thing', Answer, { description: 'By its id', params: Params }),
    ).toEqual({
      tags: ['things'],
      summary: 'One thing',
      description: 'By its id',
      params: Params,
      response: { 200: Answer, ...problemResponses },
    });
    expect(Object.keys(documentedRoute('things', 'Every thing', Answer, {}))).toEqual([
      'tags',
      'summary',
      'response',
    ]);
  });
});
