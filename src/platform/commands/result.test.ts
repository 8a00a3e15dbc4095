import { describe, expect, it } from 'vitest';
import { registerMessages, translator } from '../i18n/index.ts';
import { problem, refuse, refusedAs, refusedForApi, tooManyAttempts, translateProblems } from './result.ts';

registerMessages({
  mn: { 'widgets.error.tooLong': '{max} тэмдэгтээс ихгүй байна', 'widgets.error.missing': 'Нэрээ бичнэ үү' },
  en: { 'widgets.error.tooLong': 'Use at most {max} characters', 'widgets.error.missing': 'Enter a name' },
});

const problems = [
  problem('name', 'widgets.error.missing'),
  problem('note', 'widgets.error.tooLong', { max: 2000 }),
];

describe('field problems', () => {
  it('are keys with parameters until a page translates them in the reader’s language', () => {
    expect(refuse(problems)).toEqual({
      ok: false,
      problems: [
        { field: 'name', key: 'widgets.error.missing' },
        { field: 'note', key: 'widgets.error.tooLong', params: { max: 2000 } },
      ],
    });
    expect(refuse('name', 'widgets.error.missing')).toEqual({ ok: false, problems: [problems[0]] });
    expect(translateProblems(translator('mn'), problems)).toEqual([
      { field: 'name', message: 'Нэрээ бичнэ үү' },
      { field: 'note', message: '2,000 тэмдэгтээс ихгүй байна' },
    ]);
  });

  it('may refuse the command as a whole, or for too many attempts with the whole seconds to wait', () => {
    expect(refusedAs('expired')).toEqual({ ok: false, problems: [], refusal: 'expired' });
    expect(tooManyAttempts(6.2, [problems[0]!])).toEqual({
      ok: false,
      problems: [{ field: 'name', key: 'widgets.error.missing' }],
      retryAfterSeconds: 7,
    });
    expect(tooManyAttempts(0, []).retryAfterSeconds).toBe(1);
  });

  it('become the API’s 422 naming body fields, in English', () => {
    const error = refusedForApi(problems);
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation-failed');
    expect(error.errors).toEqual([
      { field: 'body.name', message: 'Enter a name' },
      { field: 'body.note', message: 'Use at most 2,000 characters' },
    ]);
  });
});
