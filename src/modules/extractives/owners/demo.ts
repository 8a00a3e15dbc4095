import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import {
  claimKey,
  type EntityClaim,
  entityKey,
  resolveEntities,
} from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { type DeclareOwnerInput, declareOwner, keeperSlugs } from './declare.ts';

/**
 * Demo owners. Oyu Tolgoi LLC as published by its shareholders: 66% Turquoise Hill Resources
 * (wholly owned by Rio Tinto since December 2022) and 34% Erdenes Oyu Tolgoi LLC, held through
 * Erdenes Mongol LLC by the State of Mongolia (a State is a BODS entity of type `state`). The
 * private companies and their owners are invented (their source says so); one owner is the demo
 * minister of the officials register when that demo is loaded, a politically exposed person
 * linked to their page. Idempotent: nothing is added once the register holds an owner.
 */
const OT_SOURCE = 'https://www.riotinto.com/en/operations/mongolia/oyu-tolgoi';
const DEMO = 'Demo data: invented company and people / Жишээ өгөгдөл: зохиомол';

const entities: Record<string, EntityClaim> = {
  ot: { scheme: null, identifier: null, name: 'Oyu Tolgoi LLC' },
  trq: { scheme: null, identifier: null, name: 'Turquoise Hill Resources Ltd.', kind: 'foreign-company' },
  rio: { scheme: 'GB-COH', identifier: '00719885', name: 'Rio Tinto plc' },
  eot: { scheme: null, identifier: null, name: 'Erdenes Oyu Tolgoi LLC', kind: 'state-owned-enterprise' },
  em: { scheme: null, identifier: null, name: 'Erdenes Mongol LLC', kind: 'state-owned-enterprise' },
  khukh: { scheme: null, identifier: null, name: 'Хөх Тэнгэр Майнинг ХХК' },
  steppe: {
    scheme: null,
    identifier: null,
    name: 'Steppe Minerals Capital Pte. Ltd.',
    kind: 'foreign-company',
  },
  gobi: { scheme: null, identifier: null, name: 'Говийн Шар Алт ХХК' },
  tsagaan: { scheme: null, identifier: null, name: 'Цагаан Чулуу Нүүрс ХХК' },
};

export async function loadOwnersDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const [existing] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from extractive_ownerships`,
  );
  if (existing!.n > 0) return { ownerships: 0 };
  const ids = await ctx.db.transaction((tx) =>
    resolveEntities(
      tx,
      Object.values(entities),
      { source: 'demo:extractives-owners' },
      ctx.country.legalEntities,
    ),
  );
  const id = (key: string) => String(ids.get(entityKey(claimKey(entities[key]!, ctx.country.legalEntities))));
  // The demo minister of the officials register, when its demo is loaded.
  const [minister] = await ctx.db.query<{ slug: string; nameMn: string; nameEn: string | null }>(
    sql`select slug, name_mn as "nameMn", name_en as "nameEn" from officials where slug = 'd-tuvshin'`,
  );
  const keeper = keeperSlugs(ctx.country)[0]!;
  const actor = systemActor('demo');
  const person = (
    nameMn: string,
    nameEn: string,
    nationality: string,
    residence: string,
    more: Partial<DeclareOwnerInput> = {},
  ) => ({
    partyKind: 'person',
    nameMn,
    nameEn,
    nationality,
    residence,
    pepStatus: 'isNotPep',
    beneficial: '1',
    sourceType: 'selfDeclaration',
    sourceDescription: DEMO,
    ...more,
  });
  const entity = (key: string) => ({ partyKind: 'entity', partyEntity: id(key), beneficial: '0' });
  const declarations: (Partial<DeclareOwnerInput> & { subject: string; shareExact?: string })[] = [
    {
      subject: id('ot'),
      ...entity('trq'),
      shareExact: '66',
      sourceType: 'thirdParty',
      sourceUrl: OT_SOURCE,
      startsOn: '2010-06-08',
    },
    {
      subject: id('ot'),
      ...entity('eot'),
      shareExact: '34',
      sourceType: 'thirdParty',
      sourceUrl: OT_SOURCE,
      startsOn: '2010-06-08',
    },
    {
      subject: id('trq'),
      ...entity('rio'),
      shareExact: '100',
      sourceType: 'thirdParty',
      sourceUrl:
        'https://www.riotinto.com/en/news/releases/2022/rio-tinto-completes-acquisition-of-turquoise-hill',
      startsOn: '2022-12-16',
    },
    { subject: id('eot'), ...entity('em'), shareExact: '100', sourceType: 'officialRegister' },
    {
      subject: id('em'),
      partyKind: 'state',
      state: 'MN',
      shareExact: '100',
      beneficial: '0',
      sourceType: 'officialRegister',
    },
    {
      subject: id('khukh'),
      ...person('Б. Ганбаатар', 'B. Ganbaatar', 'MN', 'MN'),
      shareExact: '60',
      startsOn: '2015-03-02',
    },
    {
      subject: id('khukh'),
      ...entity('steppe'),
      shareExact: '40',
      sourceType: 'selfDeclaration',
      sourceDescription: DEMO,
    },
    { subject: id('steppe'), ...person('Ц. Сарантуяа', 'Ts. Sarantuya', 'MN', 'SG'), shareExact: '100' },
    {
      subject: id('gobi'),
      ...person(minister?.nameMn ?? 'Д. Түвшин', minister?.nameEn ?? 'D. Tuvshin', 'MN', 'MN', {
        pepStatus: 'isPep',
        pepReason: 'Minister (demo)',
        ...(minister ? { official: minister.slug } : {}),
      }),
      shareExact: '51',
    },
    { subject: id('gobi'), ...person('О. Номин', 'O. Nomin', 'MN', 'MN'), shareExact: '49' },
    {
      subject: id('tsagaan'),
      ...person('Л. Батбаяр', 'L. Batbayar', 'MN', 'MN'),
      shareMin: '25',
      shareMax: '50',
    },
    {
      subject: id('tsagaan'),
      ...person('Чэнь Вэй', 'Chen Wei', 'CN', 'CN'),
      interestType: 'appointmentOfBoard',
    },
  ];
  let made = 0;
  for (const [n, d] of declarations.entries()) {
    const result = await declareOwner(
      ctx.db,
      ctx.country,
      actor,
      {
        organization: keeper,
        interestType: 'shareholding',
        sourceType: 'thirdParty',
        statementDate: '2024-01-31',
        ...d,
      } as DeclareOwnerInput,
      { ip: 'cli', requestId: `demo-owners-${n}`, now: new Date() },
    );
    if (!result.ok) throw new Error(`demo owner ${n}: ${JSON.stringify(result.problems)}`);
    made += 1;
  }
  return { ownerships: made };
}
