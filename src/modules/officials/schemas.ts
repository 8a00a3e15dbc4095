import { Type } from 'typebox';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';
import { SlugSchema } from '../../platform/patterns.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.Union([Type.String(), Type.Null()]) });

/** A membership in Popolo's terms: a post in an organisation held from a day to a day. */
export const MembershipSchema = Type.Object({
  id: Type.Integer(),
  post: Type.Object({
    label: Bilingual,
    organization: Type.Object({
      slug: Type.String(),
      name: Type.Object({ mn: Type.String(), en: Type.String() }),
    }),
    declaresAssets: Type.Boolean({ description: 'The holder must file asset and income declarations' }),
    politicallyExposed: Type.Boolean({
      description: 'The post makes its holder a politically exposed person',
    }),
  }),
  role: Type.Union([Type.String(), Type.Null()]),
  startDate: Type.String({ format: 'date' }),
  endDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  source: Type.Union([Type.String(), Type.Null()]),
});

/** A person in Popolo's terms, with the posts held over time (public facts only). */
export const OfficialSchema = Type.Object({
  id: Type.String({ description: 'The official’s slug' }),
  name: Bilingual,
  memberships: Type.Array(MembershipSchema),
  url: Type.String(),
});

export const OfficialListSchema = offsetPageSchema(OfficialSchema);

/** What the form and the API send to record a term in a post. */
export const AddTermBody = Type.Object({
  organization: Type.String({ maxLength: 100, description: 'Slug of the organisation of the post' }),
  slug: Type.String({
    maxLength: 100,
    description: 'The official’s identifier, e.g. `bat-dorj`; an existing one adds a post to them',
  }),
  nameMn: Type.String({ maxLength: 1000, description: 'The official’s name in Mongolian' }),
  nameEn: Type.String({ maxLength: 1000, description: 'The official’s name in English (may be empty)' }),
  postMn: Type.String({ maxLength: 1000, description: 'The post in Mongolian' }),
  postEn: Type.String({ maxLength: 1000, description: 'The post in English (may be empty)' }),
  role: Type.Optional(Type.String({ maxLength: 1000, description: 'A role in the post, e.g. chair' })),
  startsOn: Type.String({ maxLength: 20, description: 'The first day in the post, YYYY-MM-DD' }),
  endsOn: Type.Optional(
    Type.String({ maxLength: 20, description: 'The last day, YYYY-MM-DD; empty while in post' }),
  ),
  declaresAssets: Type.Optional(
    Type.String({ maxLength: 10, description: '`1`: the holder declares assets' }),
  ),
  politicallyExposed: Type.Optional(
    Type.String({ maxLength: 10, description: '`1`: a politically exposed post' }),
  ),
  source: Type.Optional(Type.String({ maxLength: 1000, description: 'Where the fact comes from' })),
});

export const SlugParams = Type.Object({ slug: SlugSchema() });
