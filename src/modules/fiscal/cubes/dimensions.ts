import type { Locale } from '../../../platform/i18n/index.ts';
import type { Attribute, Bilingual, Dimension } from './model.ts';

/**
 * The dimensions the fiscal cubes share, each built over a column of the cube's source (alias
 * `f`). Column names are written here, never taken from input.
 */

const COLUMN = /^[a-z_][a-z0-9_]*$/;
function column(name: string): string {
  if (!COLUMN.test(name)) throw new Error(`not a column name: ${name}`);
  return name;
}

const label = (mn: string, en: string): Bilingual => ({ mn, en });
const inLocale = (locale: Locale) => `label_${locale}`;
const labelAttr: Attribute = { label: label('Нэр', 'Label'), type: 'string', column: inLocale };

/** The fiscal year (an integer). */
export function yearDimension(source = 'fiscal_year', inTotals = false): Dimension {
  return {
    label: label('Санхүүгийн жил', 'Fiscal year'),
    key: `f.${column(source)}`,
    inTotals,
    keyAttribute: 'year',
    labelAttribute: 'year',
    attributes: { year: { label: label('Он', 'Year'), type: 'integer' } },
    package: { dimensionType: 'datetime' },
  };
}

/** A day (`YYYY-MM-DD`), with its month. */
export function dateDimension(source: string, name: Bilingual): Dimension {
  return {
    label: name,
    key: `f.${column(source)}`,
    keyAttribute: 'date',
    labelAttribute: 'date',
    attributes: {
      date: { label: label('Огноо', 'Date'), type: 'date' },
      month: { label: label('Сар', 'Month'), type: 'string', fromKey: (k) => `to_char(${k}, 'YYYY-MM')` },
    },
    package: { dimensionType: 'datetime' },
  };
}

/** The reporting body: its slug as the code, its name in the reader's language. */
export function administrativeDimension(source = 'organization_id', inTotals = false): Dimension {
  return {
    label: label('Байгууллага', 'Administrative'),
    key: `f.${column(source)}`,
    inTotals,
    members: `(select id as key, slug as code, name_mn as label_mn, name_en as label_en from organizations)`,
    keyAttribute: 'code',
    labelAttribute: 'label',
    attributes: {
      code: { label: label('Код', 'Code'), type: 'string', column: 'code' },
      label: labelAttr,
    },
    package: { dimensionType: 'classification', classificationType: 'administrative' },
  };
}

/** The codes of one classification scheme, each once with its latest label and its top level. */
const codeMembers = (scheme: string) =>
  `(select t.code as key, t.code, t.parent, t.label_mn, t.label_en, t.root, r.label_mn as root_label_mn,
      r.label_en as root_label_en
    from fiscal_code_tree t join fiscal_code_tree r on r.scheme = t.scheme and r.code = t.root
    where t.scheme = '${column(scheme)}')`;

type Scheme = 'functional' | 'economic' | 'programme' | 'funding' | 'fund';
const packageOf = (scheme: Scheme): Dimension['package'] =>
  scheme === 'functional' || scheme === 'economic' || scheme === 'programme'
    ? { dimensionType: 'classification', ...(scheme === 'programme' ? {} : { classificationType: scheme }) }
    : { dimensionType: 'other' };

/**
 * A classification (functional, economic, programme, funding, fund) by the code as recorded;
 * `parent` names the dimension of its top level, when the scheme is a hierarchy.
 */
export function classificationDimension(
  scheme: Scheme,
  name: Bilingual,
  options: { source?: string; inTotals?: boolean; parent?: string } = {},
): Dimension {
  return {
    label: name,
    key: `f.${column(options.source ?? `${scheme}_code`)}`,
    inTotals: options.inTotals ?? false,
    members: codeMembers(scheme),
    keyAttribute: 'code',
    labelAttribute: 'label',
    attributes: {
      code: { label: label('Код', 'Code'), type: 'string' },
      label: labelAttr,
    },
    package: {
      ...packageOf(scheme),
      ...(options.parent ? { group: scheme, parent: options.parent } : {}),
    },
  };
}

/**
 * The top level of a hierarchical classification (a COFOG division, a GFSM category) of the code
 * recorded: grouped on the recorded code, then regrouped on its top level after the labels join.
 */
export function classificationRootDimension(
  scheme: 'functional' | 'economic',
  name: Bilingual,
  options: { source?: string; inTotals?: boolean } = {},
): Dimension {
  const recorded = classificationDimension(scheme, name, options);
  return {
    ...recorded,
    attributes: {
      code: { label: label('Код', 'Code'), type: 'string', column: 'root' },
      label: { label: label('Нэр', 'Label'), type: 'string', column: (l) => `root_label_${l}` },
    },
    package: { ...packageOf(scheme), group: scheme },
  };
}

/** An aimag (or the capital): the code of the admin unit, its name in the reader's language. */
export function aimagDimension(
  source = 'aimag_code',
  inTotals = false,
  name = label('Аймаг', 'Aimag'),
): Dimension {
  return {
    label: name,
    key: `f.${column(source)}`,
    inTotals,
    members: `(select code as key, code, name_mn as label_mn, name_en as label_en from admin_units)`,
    keyAttribute: 'code',
    labelAttribute: 'label',
    attributes: {
      code: { label: label('Код', 'Code'), type: 'string' },
      label: labelAttr,
    },
    package: { dimensionType: 'location' },
  };
}

/**
 * The payee: a legal entity of the register (its scheme and identifier as the code, its name), or
 * every individual as one member coded and labelled `individual`, never named.
 */
export function payeeDimension(): Dimension {
  return {
    label: label('Хүлээн авагч', 'Payee'),
    key: `case when f.payee_kind = 'individual' then 0 else f.payee_entity_id end`,
    members: `(select 0::bigint as key, 'individual' as code, 'Хувь хүн' as label_mn, 'Individual' as label_en
      union all
      select id, scheme || '-' || identifier, coalesce(name_mn, name_en, identifier), coalesce(name_en, name_mn, identifier)
      from legal_entities)`,
    keyAttribute: 'code',
    labelAttribute: 'label',
    attributes: {
      code: { label: label('Код', 'Code'), type: 'string', column: 'code' },
      label: labelAttr,
    },
    package: { dimensionType: 'entity' },
  };
}

/** A column of the facts as it is: a code without labels (direction, kind). */
export function plainDimension(
  source: string,
  name: Bilingual,
  type: DimensionPackageType = 'other',
): Dimension {
  return {
    label: name,
    key: `f.${column(source)}`,
    keyAttribute: 'code',
    labelAttribute: 'code',
    attributes: { code: { label: label('Код', 'Code'), type: 'string' } },
    package: { dimensionType: type },
  };
}
type DimensionPackageType = Dimension['package']['dimensionType'];
