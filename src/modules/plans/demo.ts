import fs from 'node:fs/promises';
import { systemActor } from '../../platform/auth/actor.ts';
import { registerPermissions } from '../../platform/auth/permissions.ts';
import { sql } from '../../platform/db/sql.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addCommitteeMember, type MemberInput } from './commands/add-committee-member.ts';
import { correctItem } from './commands/correct-item.ts';
import { publishPlan } from './commands/publish-plan.ts';
import { importActionPlan } from './import/import-plan.ts';
import { plansPermissions } from './permissions.ts';

/**
 * Demo data: the country's 2014–2015 action plan imported from its document as it is (a copy of
 * the seed beside this file), reviewed and published. The one review step the document needs is
 * the number it leaves out: the first commitment of priority area IV, which the plan numbers
 * 3.3.2.2 onwards, is numbered 3.3.2.1 as a reviewer would. Idempotent: the same document again
 * changes nothing, and a published plan is left as it is.
 */
export const DEMO_PLAN = new URL('./demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);

export async function loadPlansDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  // Demo data loads at start before the app (which registers every manifest's actions) is built.
  registerPermissions(plansPermissions);
  const actor = systemActor('demo');
  const meta = { ip: 'demo', requestId: 'plans-demo' };
  const bytes = new Uint8Array(await fs.readFile(DEMO_PLAN));
  const outcome = await importActionPlan(
    ctx,
    actor,
    { bytes, name: 'ogp-action-plan-mongolia-2014-2015.txt' },
    { meta },
  );
  if (!outcome.ok) throw new Error(`the demo plan does not import: ${JSON.stringify(outcome.problems)}`);
  const { plan, counts } = outcome.value;
  if (!plan) throw new Error('the demo plan does not import: no plan');
  const { slug } = plan;
  const unnumbered = await ctx.db.query<{ id: number }>(sql`select c.id from plan_commitments c
    join plan_priorities p on p.id = c.priority_id join plans pl on pl.id = c.plan_id
    where pl.slug = ${slug} and p.number = 'IV' and c.number is null order by c.position`);
  for (const c of unnumbered.slice(0, 1))
    await correctItem(ctx, actor, slug, 'commitment', c.id, { number: '3.3.2.1' }, meta);
  const published = await publishPlan(ctx, actor, slug, meta);
  if (!published.ok)
    throw new Error(`the demo plan cannot be published: ${JSON.stringify(published.problems)}`);
  let members = 0;
  for (const member of COMMITTEE) {
    const added = await addCommitteeMember(ctx, actor, { ...member, source: DEMO_SOURCE }, meta);
    // Refused only when a run cut short already added the term: the loader runs again at the next start.
    if (added.ok) members += 1;
  }
  return {
    plans: 1,
    commitments: counts.commitments,
    milestones: counts.milestones,
    committeeMembers: members,
  };
}

const DEMO_SOURCE = 'Demo data: invented people / Жишээ өгөгдөл: зохиомол хүмүүс';

/**
 * The national committee's members in the demo: invented people, each an official in the register
 * with a term in the committee's post; one civil-society seat changed hands in 2015.
 */
const COMMITTEE: readonly MemberInput[] = [
  {
    slug: 'ch-ganbold',
    nameMn: 'Ч. Ганболд',
    nameEn: 'Ch. Ganbold',
    memberRole: 'chair',
    sector: 'government',
    organization: 'cabinet-secretariat',
    positionMn: 'Засгийн газрын Хэрэг эрхлэх газрын дарга',
    positionEn: 'Head of the Cabinet Secretariat',
    startsOn: '2014-01-15',
  },
  {
    slug: 'o-nomin',
    nameMn: 'О. Номин',
    nameEn: 'O. Nomin',
    memberRole: 'secretary',
    sector: 'government',
    organization: 'ogp-unit',
    positionMn: 'Нээлттэй засгийн түншлэлийн нэгжийн ахлах мэргэжилтэн',
    positionEn: 'Senior officer of the OGP Unit',
    startsOn: '2014-01-15',
  },
  {
    slug: 'b-saruul',
    nameMn: 'Б. Саруул',
    nameEn: 'B. Saruul',
    memberRole: 'member',
    sector: 'civil-society',
    positionMn: 'Иргэний нийгмийн байгууллагуудын төлөөлөгч',
    positionEn: 'Representative of civil society organisations',
    startsOn: '2014-01-15',
    endsOn: '2015-06-30',
  },
  {
    slug: 'd-oyun',
    nameMn: 'Д. Оюун',
    nameEn: 'D. Oyun',
    memberRole: 'member',
    sector: 'civil-society',
    positionMn: 'Иргэний нийгмийн байгууллагуудын төлөөлөгч',
    positionEn: 'Representative of civil society organisations',
    startsOn: '2015-07-01',
  },
];
