import { describe, expect, it } from 'vitest';
import { sql } from './sql.ts';

describe('sql tag', () => {
  it('turns values into numbered parameters and never splices them', () => {
    const name = "Robert'); drop table organizations;--";
    const q = sql`select * from organizations where name_mn = ${name} and kind = ${'ministry'}`.compile();
    expect(q.text).toBe('select * from organizations where name_mn = $1 and kind = $2');
    expect(q.params).toEqual([name, 'ministry']);
  });

  it('nests fragments and keeps numbering across them', () => {
    const where = sql.join([sql`a = ${1}`, sql`b = ${2}`], ' and ');
    const q = sql`select 1 where ${where} and c = ${3}`.compile();
    expect(q.text).toBe('select 1 where a = $1 and b = $2 and c = $3');
    expect(q.params).toEqual([1, 2, 3]);
  });

  it('accepts only snake_case identifiers', () => {
    expect(sql`select ${sql.id('name_mn')}`.compile().text).toBe('select "name_mn"');
    expect(() => sql.id('name; drop')).toThrow(/identifier/);
  });

  it('has an empty fragment for optional clauses', () => {
    expect(sql`select 1 ${sql.empty}`.compile()).toEqual({ text: 'select 1 ', params: [] });
    expect(sql.join([]).compile().text).toBe('');
  });
});
