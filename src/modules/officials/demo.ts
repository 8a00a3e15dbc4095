import { systemActor } from '../../platform/auth/actor.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { addTerm } from './commands/add-term.ts';

/** Fictional people (the demo invents them; their source says so), with Latin slugs. */
const PEOPLE: readonly [string, string, string][] = [
  ['b-enkhjargal', 'Б. Энхжаргал', 'B. Enkhjargal'],
  ['d-tuvshin', 'Д. Түвшин', 'D. Tuvshin'],
  ['g-oyunchimeg', 'Г. Оюунчимэг', 'G. Oyunchimeg'],
  ['ts-bayarsaikhan', 'Ц. Баярсайхан', 'Ts. Bayarsaikhan'],
  ['n-altantsetseg', 'Н. Алтанцэцэг', 'N. Altantsetseg'],
  ['s-munkhbat', 'С. Мөнхбат', 'S. Munkhbat'],
];

/** Posts in a ministry: its minister (declares assets, politically exposed) and its state secretary. */
const POSTS = [
  { mn: 'Сайд', en: 'Minister', declares: true, exposed: true },
  { mn: 'Төрийн нарийн бичгийн дарга', en: 'State Secretary', declares: true, exposed: false },
] as const;

/**
 * Demo officials: for the pack's first three ministries, a minister and a state secretary, each
 * post held by one person from 2012 to 2016 and another since, so that posts show over time.
 * Made by the module's own command (audited, versioned). The people are invented.
 */
export async function loadOfficialsDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const actor = systemActor('demo');
  const ministries = ctx.country.organizations.filter((o) => o.kind === 'ministry').slice(0, 3);
  let made = 0;
  let person = 0;
  for (const ministry of ministries)
    for (const post of POSTS)
      for (const [startsOn, endsOn] of [
        ['2012-08-10', '2016-07-08'],
        ['2016-07-22', ''],
      ] as const) {
        const [slug, nameMn, nameEn] = PEOPLE[person++ % PEOPLE.length]!;
        const result = await addTerm(
          ctx.db,
          actor,
          {
            organization: ministry.slug,
            slug,
            nameMn,
            nameEn,
            postMn: post.mn,
            postEn: post.en,
            startsOn,
            endsOn,
            declaresAssets: post.declares ? '1' : '',
            politicallyExposed: post.exposed ? '1' : '',
            source: 'Demo data: invented people / Жишээ өгөгдөл: зохиомол хүмүүс',
          },
          { ip: 'cli', requestId: `demo-officials-${person}`, now: new Date() },
        );
        if (result.ok) made += 1;
      }
  return { officialTerms: made };
}
