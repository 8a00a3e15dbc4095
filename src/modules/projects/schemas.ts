import { Type } from 'typebox';
import { offsetPageSchema } from '../../platform/lists/schemas.ts';
import { SlugSchema } from '../../platform/patterns.ts';

const Bilingual = Type.Object({ mn: Type.String(), en: Type.String() });

/** A record as the API gives it: both languages side by side, links absolute. */
export const ProjectSchema = Type.Object({
  slug: Type.String(),
  title: Bilingual,
  organization: Type.Object({ slug: Type.String(), name: Bilingual }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  url: Type.String(),
});

export const ProjectListSchema = offsetPageSchema(ProjectSchema);

/** What the form and the API send to make a record. */
export const CreateProjectBody = Type.Object({
  organization: Type.String({ maxLength: 100, description: 'Slug of the organisation it belongs to' }),
  slug: Type.String({ maxLength: 100, description: 'Its identifier in addresses, e.g. `new-record`' }),
  titleMn: Type.String({ maxLength: 1000, description: 'Its name in Mongolian' }),
  titleEn: Type.String({ maxLength: 1000, description: 'Its name in English' }),
  descriptionMn: Type.String({ maxLength: 20000, description: 'What it is, in Mongolian' }),
  descriptionEn: Type.String({ maxLength: 20000, description: 'What it is, in English' }),
  sector: Type.String({ maxLength: 60, description: 'OC4IDS projectSector code, e.g. `transport.road`' }),
  stage: Type.Union(
    ['identification', 'preparation', 'implementation', 'completion'].map((s) => Type.Literal(s)),
    { description: 'The stage, in OC4IDS projectStatus terms' },
  ),
});

export const SlugParams = Type.Object({ slug: SlugSchema() });
