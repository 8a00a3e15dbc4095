import { EMAIL } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetImport } from '../../platform/imports/types.ts';
import { indexOrganizations } from './search.ts';

/**
 * The directory of public bodies as an import target (`shilen import organizations FILE`,
 * `/datasets/organizations/import`): rows keyed by slug, the parent named by its slug (it may be
 * added by the same file), the administrative unit by its code. The directory's publisher (the
 * Cabinet Secretariat) and platform administrators may import; the same checks as a correction.
 */
export const organizationsImport: DatasetImport = {
  table: 'organizations',
  action: 'organizations.import',
  fields: [
    'slug',
    'name_mn',
    'name_en',
    'abbreviation',
    'kind',
    'parent_slug',
    'admin_unit_code',
    'website',
    'email',
    'phone',
    'address',
  ],
  columns: {
    slug: {
      maxLength: 100,
      pattern: {
        regex: /^[a-z0-9]+(-[a-z0-9]+)*$/,
        message: {
          mn: 'Таних нэр жижиг латин үсэг, тоо, зураасаас бүрдэнэ',
          en: 'An identifier is lower-case Latin letters and digits joined by hyphens',
        },
      },
    },
    name_mn: { maxLength: 300 },
    name_en: { maxLength: 300 },
    abbreviation: { maxLength: 30 },
    parent_slug: {
      column: 'parent_id',
      references: { table: 'organizations', column: 'slug', lookup: 'id' },
    },
    admin_unit_code: { references: { table: 'admin_units', column: 'code' } },
    website: {
      maxLength: 300,
      pattern: {
        regex: /^https?:\/\/[^\s/$.?#][^\s]*$/i,
        message: {
          mn: 'Цахим хуудасны хаяг http(s)://-ээр эхэлнэ',
          en: 'A website starts with http:// or https://',
        },
      },
    },
    email: {
      maxLength: 320,
      pattern: { regex: EMAIL, message: { mn: 'И-мэйл хаяг буруу', en: 'Not an email address' } },
    },
    phone: {
      maxLength: 50,
      pattern: {
        regex: /^\+?[0-9][0-9 ()-]{3,}$/,
        message: { mn: 'Утасны дугаар буруу', en: 'Not a phone number' },
      },
    },
    address: { maxLength: 500 },
  },
  touch: { updated_at: sql`now()` },
  check: (row) =>
    row.parent_slug !== null && row.parent_slug === row.slug
      ? [
          {
            field: 'parent_slug',
            message: {
              mn: 'Байгууллага өөрөө өөрийнхөө дээд байгууллага байж болохгүй',
              en: 'A body cannot be its own parent',
            },
          },
        ]
      : [],
  afterMerge: (tx, slugs) => indexOrganizations(tx, slugs),
};
