import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { registerMessages } from '../i18n/index.ts';
import { defineList } from './define.ts';

/**
 * A list over a table of its own, for the lists' tests: every control, fixed and loaded choices,
 * sort keys of both directions and a nullable column, and names repeated so that the tie-breaker
 * decides.
 */
export const itemsList = defineList({
  id: 'items',
  pageSize: 4,
  apiPageSize: 6,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'items.q',
      maxLength: 20,
      where: (q) => sql`d.name like ${`%${q}%`}`,
    },
    {
      name: 'kind',
      control: 'select',
      label: 'items.kind',
      options: ['tool', 'toy', 'food'],
      optionLabel: (v, t) => t(`items.kind.${v}`),
      where: (kind) => sql`d.kind = ${kind}`,
    },
    {
      name: 'region',
      control: 'select',
      label: 'items.region',
      options: async (db: Queryable, locale) =>
        (
          await db.query<{ code: string }>(
            sql`select distinct region as code from list_items where region is not null order by 1`,
          )
        ).map((r) => ({ value: r.code, label: { mn: `${r.code} (mn)`, en: `${r.code} (${locale})` } })),
      pattern: /^[a-z]{1,10}$/,
      where: (region) => sql`d.region = ${region}`,
    },
    { name: 'big', control: 'checkbox', label: 'items.big', where: () => sql`d.score > 5` },
    {
      name: 'code',
      control: 'text',
      label: 'items.code',
      pattern: /^[A-Z]{2}-\d{1,4}$/,
      form: false,
      where: (code) => sql`d.code = ${code}`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: () => ({ by: sql`d.name collate "C"` }),
      score: () => ({ by: sql`d.score`, thenBy: [sql`d.name collate "C"`] }),
      region: () => ({ by: sql`coalesce(d.region, '')`, thenBy: [sql`d.score`] }),
    },
  },
});

registerMessages({
  mn: {
    'items.q': 'Нэр',
    'items.kind': 'Төрөл',
    'items.region': 'Бүс',
    'items.big': 'Том',
    'items.code': 'Код',
    'items.kind.tool': 'Багаж',
    'items.kind.toy': 'Тоглоом',
    'items.kind.food': 'Хоол',
  },
  en: {
    'items.q': 'Name',
    'items.kind': 'Kind',
    'items.region': 'Region',
    'items.big': 'Big ones',
    'items.code': 'Code',
    'items.kind.tool': 'Tool',
    'items.kind.toy': 'Toy',
    'items.kind.food': 'Food',
  },
});

export const ITEM_ROWS = sql`select id, name, kind, region, score, code from list_items`;

/** 23 items: names repeated (so order needs the tie-breaker), regions missing, hostile names. */
export async function createItems(db: Queryable): Promise<void> {
  await db.query(sql`create table list_items (
    id serial primary key, name text not null, kind text not null, region text, score int not null,
    code text not null)`);
  const names = ['apple', 'pear', 'apple', 'plum', "o'clock", '100%', 'a_b', 'apple', 'fig', 'kiwi'];
  const kinds = ['tool', 'toy', 'food'];
  const regions = ['north', 'south', null];
  for (let i = 0; i < 23; i++) {
    await db.query(sql`insert into list_items (name, kind, region, score, code)
      values (${names[i % names.length]}, ${kinds[i % 3]}, ${regions[i % 3 === 0 ? 2 : i % 2]}, ${i % 9},
        ${`AB-${i}`})`);
  }
}
