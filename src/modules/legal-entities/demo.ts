import { stringify } from 'csv-stringify/sync';
import { sql } from '../../platform/db/sql.ts';
import {
  checkIdentifier,
  claimKey,
  indexEntities,
  recordRegisterEntries,
  resolveEntities,
  UNIDENTIFIED,
} from '../../platform/legal-entities/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { importEntityBytes } from './import.ts';

/**
 * Invented companies (the demo makes them up; the file they come from says so): a Mongolian
 * registered name, its MNS 5217 spelling as the English registered name, a translated common
 * name marked fictional, a kind.
 */
const COMPANIES: readonly [string, string, string, string][] = [
  ['Долоон Тэмээн Од', 'Doloon Temeen Od', 'Seven Camel Stars', 'company'],
  ['Мөнгөн Зээр Трейд', 'Mungun Zeer Treid', 'Silver Gazelle Trade', 'company'],
  ['Хөх Тэнгэрийн Зам Барилга', 'Khukh Tengeriin Zam Barilga', 'Blue Sky Roads', 'company'],
  ['Шаргал Элсэн Манхан', 'Shargal Elsen Mankhan', 'Golden Dune', 'company'],
  ['Улаан Хадны Чулуу', 'Ulaan Khadnii Chuluu', 'Red Rock Quarry', 'company'],
  ['Аргалын Эвэр Уул Уурхай', 'Argaliin Ever Uul Uurkhai', 'Argali Horn Mining', 'company'],
  ['Цэнхэр Нуурын Загас', 'Tsenkher Nuuriin Zagas', 'Blue Lake Fish', 'cooperative'],
  ['Тал Нутгийн Сүү', 'Tal Nutgiin Suu', 'Steppe Milk', 'cooperative'],
  ['Мянган Адуу Логистик', 'Myangan Aduu Logistik', 'Thousand Horses Logistics', 'company'],
  ['Зургаан Голын Эрчим', 'Zurgaan Goliin Erchim', 'Six Rivers Power', 'company'],
  ['Өндөр Нарс Мод', 'Undur Nars Mod', 'Tall Pine Timber', 'company'],
  ['Сарны Гэрэл Эмнэлэг', 'Sarnii Gerel Emneleg', 'Moonlight Clinic', 'company'],
  ['Бор Тохойн Ус', 'Bor Tokhoin Us', 'Brown Bend Water', 'company'],
  ['Хурдан Морин Тээвэр', 'Khurdan Morin Teever', 'Swift Horse Transport', 'company'],
  ['Шар Шувууны Ном', 'Shar Shuvuunii Nom', 'Yellow Bird Books', 'company'],
  ['Эрдэнэт Зохиомол Зэс', 'Erdenet Zokhiomol Zes', 'Erdenet Fictional Copper', 'company'],
  ['Ногоон Хөндийн Хүнс', 'Nogoon Khundiin Khuns', 'Green Valley Foods', 'company'],
  ['Цагаан Дэлгэрэх Сан', 'Tsagaan Delgerekh San', 'White Blossom Foundation', 'foundation'],
  ['Иргэний Дуу Хоолой', 'Irgenii Duu Khooloi', 'Citizens’ Voice', 'ngo'],
  ['Ил Тод Төсөв Холбоо', 'Il Tod Tusuv Kholboo', 'Open Budget Association', 'ngo'],
  ['Говийн Салхин Цахилгаан', 'Goviin Salkhin Tsakhilgaan', 'Gobi Wind Electric', 'company'],
  ['Алтан Тариа Үйлдвэр', 'Altan Taria Uildver', 'Golden Grain Mill', 'company'],
  ['Тэмээн Хүзүү Гүүр', 'Temeen Khuzuu Guur', 'Camel Neck Bridges', 'company'],
  ['Хонгор Зул Дизайн', 'Khongor Zul Dizain', 'Dear Lamp Design', 'company'],
  ['Уулын Бүргэд Аялал', 'Uuliin Burged Ayalal', 'Mountain Eagle Tours', 'company'],
  ['Мөсөн Голын Хүйтэн Агуулах', 'Musun Goliin Khuiten Aguulakh', 'Glacier Cold Storage', 'company'],
  ['Есөн Эрдэнэ Технологи', 'Yesun Erdene Tekhnologi', 'Nine Jewels Technology', 'company'],
  ['Хан Хэнтийн Ойн Аж Ахуй', 'Khan Khentiin Oin Azh Akhui', 'Khan Khentii Forestry', 'company'],
];

const STATUSES = ['active', 'active', 'active', 'suspended', 'in-liquidation', 'dissolved'] as const;
const DEMO_FILE =
  'demo-legal-entities.csv (demo data: the companies are invented, the ADB’s identifier is IATI’s / жишээ өгөгдөл: компаниуд зохиомол)';
const DEMO_SOURCE = { source: 'demo', reference: 'Demo data: invented / Жишээ өгөгдөл: зохиомол' };

/**
 * Demo entities: the invented companies above with numbers the pack's rule takes, through the
 * register's import (checked, sourced to the demo file); the pack's state-owned enterprises as
 * entities linked to their public bodies, without a number (none is invented for a real body); the
 * Asian Development Bank by its IATI organisation identifier (a public fact); and two parties
 * that came with a name only, one a spelling of an invented company, for the matcher's queue.
 */
export async function loadLegalEntitiesDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const pack = ctx.country.legalEntities;
  const units = ctx.country.adminUnits.filter((u) => u.kind !== 'capital').map((u) => u.code);
  const numberFor = (i: number) => {
    for (let k = 0; k < 50; k++) {
      const digits = String(9_100_000 + i * 131 + k);
      for (const candidate of [digits, digits.slice(1)])
        if (!checkIdentifier(pack.nationalScheme, candidate, pack)) return candidate;
    }
    throw new Error(`no demo number fits the pack's rule for ${pack.nationalScheme}`);
  };
  const rows = COMPANIES.map(([mn, latin, common, kind], i) => ({
    scheme: pack.nationalScheme,
    identifier: numberFor(i),
    name_mn: `${mn} ХХК`,
    name_en: `${latin} LLC`,
    common_name_mn: mn,
    common_name_en: `${common} (fictional)`,
    kind,
    status: STATUSES[i % STATUSES.length],
    admin_unit_code: units[i % units.length] ?? '',
    registered_on: `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    organization_slug: '',
  }));
  rows.push({
    scheme: 'XI-IATI',
    identifier: 'XM-DAC-46004',
    name_mn: 'Азийн хөгжлийн банк',
    name_en: 'Asian Development Bank',
    common_name_mn: '',
    common_name_en: 'ADB',
    kind: 'international-organisation',
    status: 'active',
    admin_unit_code: '',
    registered_on: '',
    organization_slug: '',
  });
  const csv = stringify(rows, { header: true });
  const report = await importEntityBytes(
    ctx,
    { text: csv, name: DEMO_FILE },
    { dryRun: false, actorLabel: 'demo' },
  );
  if (report.problems.length > 0)
    throw new Error(`demo entities refused: ${JSON.stringify(report.problems)}`);

  const enterprises = ctx.country.organizations.filter((o) => o.kind === 'state-owned-enterprise');
  await ctx.db.transaction(async (tx) => {
    const bodies = await tx.query<{ id: number; slug: string }>(
      sql`select id, slug from organizations where slug = any(${enterprises.map((o) => o.slug)}::text[])`,
    );
    const idOf = new Map(bodies.map((b) => [b.slug, Number(b.id)]));
    const linked = await recordRegisterEntries(
      tx,
      enterprises.map((o) => ({
        scheme: UNIDENTIFIED,
        identifier: claimKey({ scheme: null, identifier: null, name: o.nameMn }, pack).identifier,
        name_mn: o.nameMn,
        name_en: o.nameEn,
        common_name_mn: null,
        common_name_en: null,
        kind: 'state-owned-enterprise',
        status: 'active',
        admin_unit_code: o.adminUnitCode,
        registered_on: null,
        organization_id: idOf.get(o.slug) ?? null,
      })),
      DEMO_SOURCE,
      pack,
    );
    const named = await resolveEntities(
      tx,
      [
        { scheme: null, identifier: null, name: 'Mungun Zeer Trade LLC' },
        { scheme: null, identifier: null, name: '«Тэнгэрийн Хаалга» Зохиомол ХХК' },
      ],
      DEMO_SOURCE,
      pack,
    );
    await indexEntities(tx, [...linked.added, ...linked.changed, ...named.values()]);
  });
  return { legalEntities: report.added + enterprises.length + 2 };
}
