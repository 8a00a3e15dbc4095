import type { Actor } from '../../../platform/auth/actor.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import type { RequestMeta } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { addDays, localDate } from '../../../platform/deadlines/local-days.ts';
import { resolveEntities } from '../../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { openCase } from './commands/open-case.ts';
import { recordStep } from './commands/record-step.ts';
import type { EnvironmentCase } from './queries.ts';
import type { OpenCaseInput, StepInput } from './schemas.ts';
import type { Step } from './stages.ts';

type Ctx = Pick<ModuleContext, 'db' | 'country'>;

/** A legal entity of the platform's register by name only (an unidentified entity), its id. */
export async function registerCompany(ctx: Ctx, name: string): Promise<number> {
  const ids = await ctx.db.transaction((tx) =>
    resolveEntities(
      tx,
      [{ scheme: null, identifier: null, name }],
      { source: 'demo', reference: 'Demo data: invented / Жишээ өгөгдөл: зохиомол' },
      ctx.country.legalEntities,
    ),
  );
  const [id] = [...ids.values()];
  if (id === undefined) throw new Error(`could not register ${name}`);
  return id;
}

/**
 * Opens a case and records its steps in order, through the module's own commands (audited as any
 * other); the first refusal stops it with the problems named.
 */
export async function openAndWalk(
  ctx: Ctx,
  actor: Actor,
  input: OpenCaseInput,
  steps: readonly (readonly [Step, StepInput])[],
  now = new Date(),
): Promise<EnvironmentCase> {
  const meta = (n: number): RequestMeta => ({
    ip: 'cli',
    requestId: `environment-${input.reportReference}-${n}`,
    now,
  });
  const opened = await openCase(ctx, actor, input, meta(0));
  if (!opened.ok) throw new Error(`could not open a case: ${JSON.stringify(opened.problems)}`);
  let current = opened.value;
  for (const [i, [step, stepInput]] of steps.entries()) {
    const result = await recordStep(ctx, actor, current.id, step, stepInput, meta(i + 1));
    if (!result.ok) throw new Error(`could not record ${step}: ${JSON.stringify(result.problems)}`);
    current = result.value;
  }
  return current;
}

/** The first of these units the country has, else its first aimag. */
async function unitOf(ctx: Ctx, codes: readonly string[]): Promise<string> {
  const [row] = await ctx.db.query<{ code: string }>(sql`
    select code from admin_units where code = any(${codes}::text[]) or kind = 'aimag'
    order by code = any(${codes}::text[]) desc, array_position(${codes}::text[], code), code limit 1`);
  return row?.code ?? '';
}

/**
 * Demo data: four cases at different stages of due process about plausible mining harm (placer
 * gold silting a river, coal-road dust, a tailings seep), against clearly fictional companies
 * registered by name in the platform's register. Deterministic apart from the open case, whose
 * notice is a few days before today so that its reply period is still running.
 */
export async function loadEnvironmentDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const actor = systemActor('demo');
  const [done] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from extractive_environment_cases where report_reference like 'DEMO-%'`,
  );
  if ((done?.n ?? 0) > 0) return { environmentalCases: 0 };
  const inspectors = await ctx.db.query<{ slug: string }>(
    sql`select slug from organizations where slug = 'general-agency-for-specialized-inspection'`,
  );
  const inspector = inspectors[0]?.slug ?? ctx.country.extractives.environmentalList.keeperSlug;
  const today = localDate(new Date(), ctx.country.timeZone);
  const base = (company: number, unit: string, ref: string, inspectedOn: string, mn: string, en: string) => ({
    company: String(company),
    findingMn: mn,
    findingEn: en,
    unit,
    licences: '',
    inspectedOn,
    inspector,
    reportReference: ref,
  });
  const tuul = await registerCompany(ctx, 'Altan Shoroo Demo LLC (fictional)');
  const dust = await registerCompany(ctx, '«Хар Зам Туршилт» ХХК (зохиомол)');
  const tailings = await registerCompany(ctx, 'Steppe Ore Example LLC (fictional)');
  const placer = await registerCompany(ctx, 'Golden Valley Sample LLC (fictional)');
  await openAndWalk(
    ctx,
    actor,
    base(
      tuul,
      await unitOf(ctx, ['41']),
      'DEMO-2026-117',
      addDays(today, -10),
      'Шороон алтны уурхайн угаах байгууламжаас гол руу шавар ус урсгаж, усны булингартал зөвшөөрөгдөх хэмжээнээс 6 дахин их болсон.',
      'Wash water from a placer gold operation ran into the river; turbidity downstream was six times the permitted level.',
    ),
    [['notice', { date: addDays(today, -3) }]],
  );
  await openAndWalk(
    ctx,
    actor,
    base(
      dust,
      await unitOf(ctx, ['46']),
      'DEMO-2025-044',
      '2025-05-12',
      'Нүүрс тээврийн шороон замын тоосжилт ойролцоох малчдын өвөлжөөнд PM10-ийн зөвшөөрөгдөх хэмжээг давсан; тоос дарах арга хэмжээ аваагүй.',
      'Dust from an unpaved coal haul road exceeded the PM10 limit at nearby herders’ winter camps; no dust suppression was in place.',
    ),
    [
      ['notice', { date: '2025-05-20' }],
      [
        'reply',
        {
          date: '2025-05-29',
          language: 'mn',
          text: 'Компани усалгааны машин 2025 оны 6-р сард нэмж ажиллуулна. Хэмжилтийг манай оролцоогүйгээр хийсэн гэж үзэж байна.',
        },
      ],
      [
        'decision',
        {
          date: '2025-07-01',
          listed: 'yes',
          penaltyMnt: '12000000',
          remedyMn: 'Замыг өдөр бүр усалж, 2 км хатуу хучилт хийх.',
          remedyEn: 'Water the road daily and pave 2 km of it.',
          remedyDue: '2026-06-30',
        },
      ],
    ],
  );
  await openAndWalk(
    ctx,
    actor,
    base(
      tailings,
      await unitOf(ctx, ['43']),
      'DEMO-2025-031',
      '2025-03-03',
      'Хаягдлын далангаас нэвчилт гарч, ойролцоох худгийн усанд хүнцлийн агууламж ихэссэн гэж тогтоосон.',
      'Seepage from a tailings dam was found to have raised arsenic in a nearby well.',
    ),
    [
      ['notice', { date: '2025-03-10' }],
      [
        'reply',
        {
          date: '2025-03-18',
          language: 'en',
          text: 'The company disputes the finding: the well lies upstream of the dam, and our own sampling by an accredited laboratory shows no change.',
        },
      ],
      [
        'decision',
        {
          date: '2025-04-15',
          listed: 'yes',
          penaltyMnt: '8000000',
          remedyMn: 'Далангийн ёроолыг тусгаарлах.',
          remedyEn: 'Line the dam floor.',
          remedyDue: '2025-12-31',
        },
      ],
      [
        'appeal',
        { date: '2025-04-25', note: 'Appealed to the administrative court on the well’s location.' },
      ],
      [
        'appeal-outcome',
        { date: '2025-08-20', outcome: 'overturned', note: 'The court found the well upstream of the dam.' },
      ],
      ['delisted', { date: '2025-08-25', note: 'Delisted after the decision was overturned.' }],
    ],
  );
  await openAndWalk(
    ctx,
    actor,
    base(
      placer,
      await unitOf(ctx, ['64']),
      'DEMO-2024-208',
      '2024-08-06',
      'Шороон алтны талбайг нөхөн сэргээгээгүй, 14 га газарт ил нүх, овоолго үлдээсэн; голын эрэг эвдэрсэн.',
      'A placer gold site was left unrehabilitated: open pits and spoil heaps over 14 ha, and a broken river bank.',
    ),
    [
      ['notice', { date: '2024-08-12' }],
      [
        'decision',
        {
          date: '2024-10-01',
          listed: 'yes',
          penaltyMnt: '5500000',
          remedyMn: '14 га газрыг техникийн болон биологийн нөхөн сэргээлт хийх.',
          remedyEn: 'Rehabilitate the 14 ha, technically and biologically.',
          remedyDue: '2025-09-30',
        },
      ],
      ['remedy-verified', { date: '2025-09-15', note: 'Verified on site by the inspecting body.' }],
      ['delisted', { date: '2025-09-20' }],
    ],
  );
  return { environmentalCases: 4 };
}
