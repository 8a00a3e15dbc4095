import type { CountryPack, OrganizationSeed } from '../../country/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { seedOrganizations } from './service.ts';

/**
 * Demo data: the departments every aimag governor's office has (finance and treasury, education,
 * health, land relations) and the national statistics office's aimag branches, so that the
 * directory has a realistic depth and its pages paginate. Deterministic and idempotent (keyed by
 * slug), generated from the country pack's aimags; not reference data, so not seeded in production.
 */
const departments = [
  { key: 'finance', mn: 'Санхүү, төрийн сангийн хэлтэс', en: 'Finance and Treasury Department' },
  {
    key: 'education',
    mn: 'Боловсрол, соёл, урлагийн газар',
    en: 'Department of Education, Culture and Arts',
  },
  { key: 'health', mn: 'Эрүүл мэндийн газар', en: 'Health Department' },
  {
    key: 'land',
    mn: 'Газрын харилцаа, барилга, хот байгуулалтын газар',
    en: 'Department of Land Relations, Construction and Urban Development',
  },
] as const;

export function demoOrganizations(country: CountryPack): OrganizationSeed[] {
  const governors = country.organizations.filter(
    (o) =>
      o.kind === 'local-government' &&
      o.slug.startsWith('governor-') &&
      !o.slug.startsWith('governor-district-'),
  );
  const units = new Map(country.adminUnits.map((u) => [u.code, u]));
  const out: OrganizationSeed[] = [];
  for (const governor of governors) {
    const unit = governor.adminUnitCode ? units.get(governor.adminUnitCode) : undefined;
    if (!unit) continue;
    for (const d of departments) {
      out.push({
        slug: `${governor.slug}-${d.key}`,
        nameMn: `${unit.nameMn} аймгийн ${d.mn}`,
        nameEn: `${d.en}, ${unit.nameEn} Aimag`,
        kind: 'local-government',
        parentSlug: governor.slug,
        adminUnitCode: unit.code,
      });
    }
    out.push({
      slug: `statistics-${governor.slug.replace(/^governor-/, '')}`,
      nameMn: `${unit.nameMn} аймгийн Статистикийн хэлтэс`,
      nameEn: `Statistics Department, ${unit.nameEn} Aimag`,
      kind: 'agency',
      parentSlug: 'national-statistics-office',
      adminUnitCode: unit.code,
    });
  }
  return out;
}

export async function loadOrganizationsDemo({ db, country }: ModuleContext): Promise<Record<string, number>> {
  const seeds = demoOrganizations(country);
  await seedOrganizations(db, seeds);
  return { organizations: seeds.length };
}
