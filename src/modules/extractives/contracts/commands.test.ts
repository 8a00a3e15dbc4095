import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { extractivesModule } from '../module.ts';
import { addAnnotation } from './annotate.ts';
import { createContract } from './create-contract.ts';
import { addContractDocument } from './documents.ts';
import { readPdf } from './pdf.ts';
import { makePdf, receivedFile } from './pdf-bytes.ts';
import { searchContracts } from './search.ts';
import { contractPage, findContract } from './store.ts';
import { buildAnnotation, buildContract, buildEntity } from './test-support.ts';

const { ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, extractivesModule] });
const meta = { ip: 'test', requestId: 'test', now: new Date() };
const actor = systemActor('test');
const count = async (table: string) =>
  (await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.id(table)}`))[0]!.n;

/** A hand-made PDF whose trailer has an /Encrypt dictionary (RC4, revision 2, owner and user keys zero). */
const ENCRYPTED = new TextEncoder().encode(`%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'00'.repeat(32)}> /U <${'00'.repeat(32)}> /P -4 >> endobj
trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>] /Size 5 >>
%%EOF`);

describe('reading a PDF', () => {
  it('gives the text of each page and marks a page without text as a scan', async () => {
    const reading = await readPdf(
      await makePdf([['Article 1', 'Royalty of five percent'], null, ['Arbitration in Singapore']]),
    );
    expect(reading).toEqual({
      ok: true,
      pages: [
        { number: 1, text: 'Article 1\nRoyalty of five percent', hasText: true },
        { number: 2, text: '', hasText: false },
        { number: 3, text: 'Arbitration in Singapore', hasText: true },
      ],
    });
  });

  it('refuses a file that is not a PDF, a broken one and an encrypted one', async () => {
    expect(await readPdf(new TextEncoder().encode('name,amount\nA,1\n'))).toEqual({
      ok: false,
      refusal: 'not-pdf',
    });
    expect(await readPdf(new TextEncoder().encode('%PDF-1.7\nnothing else'))).toEqual({
      ok: false,
      refusal: 'not-pdf',
    });
    expect(await readPdf(ENCRYPTED)).toEqual({ ok: false, refusal: 'encrypted' });
  });
});

describe('adding a contract', () => {
  it('keeps parties in order, the amended contract with its date, and refuses what the registers do not hold', async () => {
    const first = await buildContract(ctx, { slug: 'base-agreement', titleEn: 'Base agreement' });
    const entity = await buildEntity(ctx, 'Amending Partner LLC');
    const publisherSlug = ctx.country.extractives.contractsPublisherSlug;
    const made = await createContract(
      ctx,
      actor,
      {
        slug: 'amending-plan',
        contractType: ctx.country.extractives.contractTypes[0]!.code,
        titleMn: 'Нэмэлт',
        titleEn: 'Amending plan',
        signedOn: '2015-05-18',
        parties: [`entity:${entity}`, `organization:${publisherSlug}`],
        resources: ['mineral'],
        amends: first.slug,
      },
      meta,
    );
    expect(made.ok).toBe(true);
    const parties =
      await ctx.db.query(sql`select position, legal_entity_id is not null as entity from extractive_contract_parties p
      join extractive_contracts c on c.id = p.contract_id where c.slug = 'amending-plan' order by position`);
    expect(parties).toEqual([
      { position: 1, entity: true },
      { position: 2, entity: false },
    ]);
    const [amendment] = await ctx.db.query<{ on: string }>(
      sql`select to_char(amended_on, 'YYYY-MM-DD') as on from extractive_contract_amendments`,
    );
    expect(amendment?.on).toBe('2015-05-18');

    const before = await count('extractive_contracts');
    const bad = await createContract(
      ctx,
      actor,
      {
        slug: 'Bad Slug',
        contractType: 'no-such-kind',
        titleMn: '',
        titleEn: 'x',
        signedOn: '2015-02-30',
        termYears: '0',
        resources: ['gold'],
        parties: ['entity:999999999', 'organization:no-such-body'],
        licences: ['no-such-licence'],
        amends: 'no-such-contract',
      },
      meta,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.field)).toEqual([
        'slug',
        'contractType',
        'titleMn',
        'signedOn',
        'termYears',
        'resources',
        'parties',
        'parties',
        'licences',
        'amends',
        'amendedOn',
      ]);
    expect(await count('extractive_contracts')).toBe(before);
  });
});

describe('documents and annotations', () => {
  it('stores the file with its hash and each page’s text, scans marked, and finds the text', async () => {
    const c = await buildContract(ctx, {
      slug: 'with-text',
      pages: [['Article 12 Royalties', 'The investor pays royalties at five percent.'], null],
    });
    const [doc] = await ctx.db.query<{ sha256: string; page_count: number; file_sha: string }>(sql`
      select d.sha256, d.page_count, f.sha256 as file_sha from extractive_contract_documents d
      join files f on f.id = d.file_id where d.contract_id = ${c.id}`);
    expect(doc).toMatchObject({ page_count: 2 });
    expect(doc?.sha256).toBe(doc?.file_sha);
    expect(await contractPage(ctx.db, c.id, 2)).toMatchObject({ number: 2, text: '', hasText: false });
    const [hit] = await searchContracts(ctx.db, 'royalties five');
    expect(hit).toMatchObject({ slug: 'with-text', source: 'text', page: 1 });
    expect(hit?.snippet.toString()).toContain('<mark>royalties</mark>');
  });

  it('refuses a non-PDF, an encrypted PDF and the same file twice, naming the contract; nothing stored', async () => {
    const c = await buildContract(ctx, { slug: 'refusing' });
    const files = await count('files');
    const pages = await count('extractive_contract_pages');
    const add = async (bytes: Uint8Array, name: string) =>
      addContractDocument(
        ctx,
        actor,
        c.slug,
        { titleMn: 'Эх', titleEn: 'Text', document: await receivedFile(ctx.config, bytes, name) },
        meta,
      );
    const notPdf = await add(new TextEncoder().encode('just text'), 'contract.pdf');
    expect(notPdf).toEqual({
      ok: false,
      problems: [
        {
          field: 'document',
          key: 'extractives.contracts.error.notPdf',
          params: { contract: 'refusing', file: 'contract.pdf' },
        },
      ],
    });
    const encrypted = await add(ENCRYPTED, 'locked.pdf');
    expect(!encrypted.ok && encrypted.problems[0]?.key).toBe('extractives.contracts.error.encrypted');
    expect(await count('files')).toBe(files);
    expect(await count('extractive_contract_pages')).toBe(pages);
    const bytes = await makePdf([['Once']]);
    expect((await add(bytes, 'a.pdf')).ok).toBe(true);
    const again = await add(bytes, 'b.pdf');
    expect(!again.ok && again.problems[0]?.key).toBe('extractives.contracts.error.sameDocument');
    expect(
      Buffer.from(await readFile((await receivedFile(ctx.config, bytes, 'c.pdf')).path))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('annotates a page with a category and finds the contract by the annotation, in either script', async () => {
    const c = await buildContract(ctx, { slug: 'annotated', pages: [['Article 3'], ['Article 4']] });
    await buildAnnotation(ctx, c.slug, {
      category: 'local-employment',
      page: 2,
      article: '4.1',
      summaryMn: 'Ажилчдын 90 хувь нь Монгол улсын иргэд байна.',
      summaryEn: 'Ninety percent of the workforce are to be Mongolian nationals.',
    });
    const [hit] = await searchContracts(ctx.db, 'workforce');
    expect(hit).toMatchObject({ slug: 'annotated', source: 'annotation', page: 2 });
    const [cyrillic] = await searchContracts(ctx.db, 'ажилчдын');
    expect(cyrillic?.slug).toBe('annotated');
    const bad = await addAnnotation(
      ctx,
      actor,
      c.slug,
      { category: 'nonsense', page: 9, summaryMn: '', summaryEn: 'x' },
      meta,
    );
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['category', 'page', 'summaryMn']);
    expect(await findContract(ctx.db, 'annotated')).toBeDefined();
  });
});
