import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { importBods } from './import.ts';
import { ownersCounts, ownersKeeper } from './test-support.ts';

/**
 * Importing BODS 0.4 statements: each checked with the project's own encoding, a failing one
 * named by its number and field, all or nothing; and what a person statement brings that may not
 * be published (birth date, address, identity number) is never stored, so it reaches no page,
 * API, export or search.
 */
const { app, ctx } = await createTestApp();
const keeper = ownersKeeper(ctx);
const meta = () => ({ ip: 'test', requestId: 'test', now: new Date() });

describe('importing BODS', () => {
  const entity = (recordId: string, name: string, extra = {}) => ({
    statementId: `${recordId}-0000000000000000000000000000000`.slice(0, 36),
    declarationSubject: 'e1',
    statementDate: '2024-03-01',
    recordId,
    recordType: 'entity',
    recordDetails: { isComponent: false, entityType: { type: 'registeredEntity' }, name, ...extra },
  });
  const person = {
    statementId: 'p1-000000000000000000000000000000000',
    declarationSubject: 'e1',
    statementDate: '2024-03-01',
    recordId: 'p1',
    recordType: 'person',
    recordDetails: {
      isComponent: false,
      personType: 'knownPerson',
      names: [
        { type: 'legal', fullName: 'Д. Должин' },
        { type: 'transliteration', fullName: 'D. Dolgor' },
      ],
      nationalities: [{ name: 'Mongolia', code: 'MN' }],
      birthDate: '1971-04-23',
      identifiers: [{ id: 'УБ71042312', scheme: 'MN-RD' }],
      addresses: [
        {
          type: 'residence',
          address: '14 Peace Avenue, apartment 7',
          country: { name: 'Mongolia', code: 'MN' },
        },
      ],
      politicalExposure: { status: 'isNotPep' },
    },
  };
  const relationship = (id: string, subject: string, party: string, share: number) => ({
    statementId: `${id}-000000000000000000000000000000000`.slice(0, 36),
    declarationSubject: 'e1',
    statementDate: '2024-03-01',
    recordId: id,
    recordType: 'relationship',
    recordDetails: {
      isComponent: false,
      subject,
      interestedParty: party,
      interests: [
        {
          type: 'shareholding',
          directOrIndirect: 'direct',
          beneficialOwnershipOrControl: true,
          share: { exact: share },
        },
      ],
    },
    source: { type: ['selfDeclaration'] },
  });
  const file = [
    entity('e1', 'Imported Coal LLC', {
      identifiers: [{ id: '5551234', scheme: ctx.country.legalEntities.nationalScheme }],
    }),
    person,
    relationship('r1', 'e1', 'p1', 75),
  ];

  it('a statement that fails is named by its number and field; nothing is stored', async () => {
    const before = await ownersCounts(ctx);
    const broken = structuredClone(file) as unknown as {
      recordDetails: Record<string, unknown> & { interests?: { type: string }[] };
    }[];
    broken[2]!.recordDetails.interests![0]!.type = 'ownsALot';
    delete broken[1]!.recordDetails.personType;
    const result = await importBods(
      ctx.db,
      ctx.country,
      systemActor('test'),
      keeper,
      JSON.stringify(broken),
      meta(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        params: expect.objectContaining({ n: 2, field: 'recordDetails.personType' }),
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        params: expect.objectContaining({ n: 3, field: 'recordDetails.interests[0].type' }),
      }),
    );
    // A valid file whose shares pass 100%: refused at the relationship, the person rolled back.
    const over = [...file, relationship('r2', 'e1', 'p1', 50)];
    const second = await importBods(
      ctx.db,
      ctx.country,
      systemActor('test'),
      keeper,
      JSON.stringify(over),
      meta(),
    );
    expect(second).toMatchObject({ ok: false, problems: [{ params: { n: 4 } }] });
    expect(await ownersCounts(ctx)).toEqual(before);
    expect(
      await importBods(ctx.db, ctx.country, systemActor('test'), keeper, '{not json', meta()),
    ).toMatchObject({
      ok: false,
      problems: [{ field: 'statements', key: 'extractives.owners.import.notJson' }],
    });
  });

  it('imports, keeping no birth date, address or identity number anywhere public', async () => {
    const result = await importBods(
      ctx.db,
      ctx.country,
      systemActor('test'),
      keeper,
      JSON.stringify(file),
      meta(),
    );
    expect(result).toEqual({
      ok: true,
      value: { entities: 1, persons: 1, relationships: 1, unspecified: 0 },
    });
    const [row] = await ctx.db.query<{ id: number }>(
      sql`select subject_id::int as id from extractive_ownerships w join extractive_owner_persons p on p.id = w.person_id where p.name_en = 'D. Dolgor'`,
    );
    const id = row!.id;
    const secrets = ['1971-04-23', '1971', 'УБ71042312', 'Peace Avenue', 'apartment 7'];
    const bodies = [
      (await app.inject({ url: `/extractives/owners/${id}` })).body,
      (await app.inject({ url: `/extractives/owners/${id}?lang=en` })).body,
      (await app.inject({ url: `/api/v1/extractives/owners/${id}` })).body,
      (await app.inject({ url: `/api/v1/extractives/owners/${id}/statements` })).body,
      (await app.inject({ url: `/extractives/owners/${id}/bods.json` })).body,
      (await app.inject({ url: '/extractives/owners.bods.json' })).body,
      (await app.inject({ url: `/api/v1/legal-entities/${id}` })).body,
      (await app.inject({ url: `/legal-entities/${id}` })).body,
      (await app.inject({ url: '/datasets/extractives-owners/download.csv' })).body,
      (await app.inject({ url: '/datasets/extractives-owners/download.json' })).body,
      (await app.inject({ url: '/api/v1/datasets/extractives-owners/rows' })).body,
    ];
    expect(bodies.at(-2)).toContain('D. Dolgor');
    expect(bodies[0]).toContain('Д. Должин');
    expect(bodies[2]).toContain('D. Dolgor');
    for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
    for (const q of ['1971-04-23', 'УБ71042312', 'Peace Avenue']) {
      const search = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}` });
      expect(search.body).not.toContain('Dolgor');
    }
    // Nothing of them is stored at all.
    const dump = JSON.stringify(await ctx.db.query(sql`select * from extractive_owner_persons`));
    for (const secret of secrets) expect(dump).not.toContain(secret);
  });
});
