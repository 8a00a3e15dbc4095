import type { Json, JsonObject } from './merge.ts';

/**
 * What the list, the filters, the disclosure duty and the red flags need from a compiled release,
 * read defensively: a release may leave out anything but its ocid, id, date and tag.
 */
export interface Party {
  id: string;
  name: string;
  roles: string[];
  scheme: string | null;
  identifier: string | null;
  registeredOn: string | null;
}

export interface Bid {
  id: string;
  status: string | null;
  date: string | null;
  amount: number | null;
  tendererIds: string[];
}

export interface ContractFacts {
  id: string;
  awardId: string | null;
  supplierIds: string[];
  amount: number | null;
  currency: string | null;
  status: string | null;
  dateSigned: string | null;
  awardDate: string | null;
}

export interface ProcessFacts {
  ocid: string;
  title: string;
  stage: 'planning' | 'tender' | 'award' | 'contract' | 'implementation';
  method: string | null;
  category: string | null;
  status: string | null;
  currency: string | null;
  tenderAmount: number | null;
  tenderStart: string | null;
  tenderEnd: string | null;
  numberOfTenderers: number | null;
  buyer: Party | null;
  parties: Party[];
  bids: Bid[];
  awardedSupplierIds: string[];
  contracts: ContractFacts[];
  awardDate: string | null;
}

const obj = (v: Json | undefined): JsonObject => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const str = (v: Json | undefined): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
const num = (v: Json | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function party(p: JsonObject): Party {
  const identifier = obj(p.identifier);
  const details = obj(p.details);
  return {
    id: str(p.id) ?? '',
    name: str(p.name) ?? str(identifier.legalName) ?? '',
    roles: arr(p.roles).filter((r): r is string => typeof r === 'string'),
    scheme: str(identifier.scheme),
    identifier: str(identifier.id),
    registeredOn: str(details.registrationDate)?.slice(0, 10) ?? null,
  };
}

export function processFacts(compiled: JsonObject): ProcessFacts {
  const tender = obj(compiled.tender);
  const planning = obj(compiled.planning);
  const parties = arr(compiled.parties).map((p) => party(obj(p)));
  const buyerRef = obj(compiled.buyer);
  const buyerId = str(buyerRef.id);
  const buyer =
    parties.find((p) => p.id === buyerId) ??
    parties.find((p) => p.roles.includes('buyer')) ??
    (buyerId || str(buyerRef.name)
      ? {
          id: buyerId ?? '',
          name: str(buyerRef.name) ?? '',
          roles: ['buyer'],
          scheme: null,
          identifier: null,
          registeredOn: null,
        }
      : null);
  const awards = arr(compiled.awards).map(obj);
  const awardById = new Map(awards.map((a) => [str(a.id) ?? '', a]));
  const activeAwards = awards.filter((a) => a.status !== 'cancelled' && a.status !== 'unsuccessful');
  const contracts: ContractFacts[] = arr(compiled.contracts).map((c0) => {
    const c = obj(c0);
    const award = awardById.get(str(c.awardID) ?? '');
    const value = obj(c.value);
    return {
      id: str(c.id) ?? '',
      awardId: str(c.awardID),
      supplierIds: arr(award?.suppliers)
        .map((s) => str(obj(s).id) ?? '')
        .filter(Boolean),
      amount: num(value.amount),
      currency: str(value.currency),
      status: str(c.status),
      dateSigned: str(c.dateSigned),
      awardDate: award ? str(award.date) : null,
    };
  });
  const bids: Bid[] = arr(obj(compiled.bids).details).map((b0) => {
    const b = obj(b0);
    return {
      id: str(b.id) ?? '',
      status: str(b.status),
      date: str(b.date),
      amount: num(obj(b.value).amount),
      tendererIds: arr(b.tenderers)
        .map((t) => str(obj(t).id) ?? '')
        .filter(Boolean),
    };
  });
  const hasImplementation = arr(compiled.contracts).some((c) => {
    const impl = obj(obj(c).implementation);
    return arr(impl.transactions).length > 0 || arr(impl.milestones).length > 0;
  });
  const stage = hasImplementation
    ? 'implementation'
    : contracts.length > 0
      ? 'contract'
      : awards.length > 0
        ? 'award'
        : Object.keys(tender).length > 0
          ? 'tender'
          : 'planning';
  const period = obj(tender.tenderPeriod);
  const tenderValue = obj(tender.value);
  const currency =
    contracts.find((c) => c.currency)?.currency ??
    str(tenderValue.currency) ??
    str(obj(obj(planning.budget).amount).currency);
  const awardDates = activeAwards
    .map((a) => str(a.date))
    .filter((d): d is string => !!d)
    .sort();
  return {
    ocid: String(compiled.ocid),
    title:
      str(tender.title) ??
      str(obj(planning.budget).project) ??
      str(arr(compiled.contracts).map(obj)[0]?.title) ??
      '',
    stage,
    method: str(tender.procurementMethod),
    category: str(tender.mainProcurementCategory),
    status: contracts[0]?.status ?? (awards.length > 0 ? str(awards[0]!.status) : str(tender.status)),
    currency,
    tenderAmount: num(tenderValue.amount),
    tenderStart: str(period.startDate),
    tenderEnd: str(period.endDate),
    numberOfTenderers: num(tender.numberOfTenderers),
    buyer,
    parties,
    bids,
    awardedSupplierIds: [
      ...new Set(
        activeAwards.flatMap((a) => arr(a.suppliers).map((s) => str(obj(s).id) ?? '')).filter(Boolean),
      ),
    ],
    contracts,
    awardDate: awardDates[0] ?? null,
  };
}

/**
 * Visits every `{amount, currency}` of a release in document order, for the one-currency rule:
 * `visit` gets its currency and its JSON path, which is made only when asked for (a release has a
 * few hundred nodes and most checks need no path at all). Returning false stops the walk.
 */
export function eachValue(
  node: Json,
  path: string,
  visit: (currency: string | null, pathOf: () => string) => boolean | undefined,
): void {
  // The keys and indexes from `path` down to the node being visited.
  const trail: (string | number)[] = [];
  const pathOf = () => {
    let text = path;
    for (const step of trail)
      text = typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${step}` : step;
    return text;
  };
  const walk = (n: Json): boolean => {
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) if (!into(i, n[i]!)) return false;
      return true;
    }
    if (!n || typeof n !== 'object') return true;
    if (
      'amount' in n &&
      (typeof n.amount === 'number' || typeof n.amount === 'string') &&
      visit(typeof n.currency === 'string' ? n.currency : null, pathOf) === false
    )
      return false;
    for (const key in n) if (!into(key, n[key]!)) return false;
    return true;
  };
  const into = (step: string | number, value: Json): boolean => {
    if (!value || typeof value !== 'object') return true;
    trail.push(step);
    const more = walk(value);
    trail.pop();
    return more;
  };
  walk(node);
}
