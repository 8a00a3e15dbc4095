import type { CountryPack } from '../../../country/index.ts';
import type { JsonObject } from './merge.ts';

/**
 * Releases of a whole contracting process from a short description: the demo data, the tests and
 * the benchmarks all build their processes here, so every one of them is valid OCDS with the bids
 * extension — tender, then award, then contract, then amendments and payments, each a release.
 */
export interface SupplierSpec {
  register: string;
  name: string;
  /** When the legal entity was registered (YYYY-MM-DD). */
  registered?: string;
}

export interface BidSpec {
  supplier: SupplierSpec;
  amount: number;
  date: string;
  status?: 'valid' | 'disqualified' | 'withdrawn' | 'pending';
}

export interface ProcessSpec {
  ocid: string;
  buyer: { slug: string; name: string };
  title: string;
  description?: string;
  method: 'open' | 'selective' | 'limited' | 'direct';
  category: 'goods' | 'works' | 'services';
  tenderStart: string;
  tenderEnd: string;
  tenderValue: number;
  bids: BidSpec[];
  /** Index in `bids` of the winner; none: no award yet. */
  winner?: number;
  awardDate?: string;
  dateSigned?: string;
  contractValue?: number;
  contractEnd?: string;
  amendments?: { date: string; value: number; rationale: string }[];
  payments?: { date: string; amount: number }[];
  currency?: string;
}

function party(pack: CountryPack['procurement'], s: SupplierSpec, roles: string[]): JsonObject {
  return {
    id: `${pack.supplierScheme}-${s.register}`,
    name: s.name,
    identifier: { scheme: pack.supplierScheme, id: s.register, legalName: s.name },
    roles,
    ...(s.registered ? { details: { registrationDate: s.registered } } : {}),
  };
}

/** The releases of `spec`, with the identifier schemes and the currency of `country`'s pack. */
export function buildReleases(spec: ProcessSpec, country: CountryPack): JsonObject[] {
  const pack = country.procurement;
  const currency = spec.currency ?? country.currency;
  const buyer = {
    id: `${pack.buyerScheme}-${spec.buyer.slug}`,
    name: spec.buyer.name,
    identifier: { scheme: pack.buyerScheme, id: spec.buyer.slug, legalName: spec.buyer.name },
    roles: ['buyer', 'procuringEntity'],
  };
  const buyerRef = { id: buyer.id, name: buyer.name };
  const releases: JsonObject[] = [];
  const tenderers = spec.bids.map((b) => party(pack, b.supplier, ['tenderer']));
  const tender = {
    id: `${spec.ocid}-tender`,
    title: spec.title,
    ...(spec.description ? { description: spec.description } : {}),
    status: 'active',
    procuringEntity: buyerRef,
    procurementMethod: spec.method,
    mainProcurementCategory: spec.category,
    value: { amount: spec.tenderValue, currency },
    tenderPeriod: { startDate: spec.tenderStart, endDate: spec.tenderEnd },
    submissionMethod: ['electronicSubmission'],
    items: [{ id: '1', description: spec.title, quantity: 1, unit: { name: 'багц' } }],
    documents: [
      {
        id: `${spec.ocid}-notice`,
        documentType: 'tenderNotice',
        title: 'Тендерийн урилга',
        format: 'application/pdf',
        language: 'mn',
      },
    ],
  };
  releases.push({
    ocid: spec.ocid,
    id: `${spec.ocid}-tender`,
    date: spec.tenderStart,
    tag: ['tender'],
    initiationType: 'tender',
    language: 'mn',
    parties: [buyer],
    buyer: buyerRef,
    tender,
  });
  if (spec.winner === undefined || !spec.awardDate) return releases;
  const win = spec.bids[spec.winner]!;
  const winnerParty = party(pack, win.supplier, ['tenderer', 'supplier']);
  const parties = [buyer, ...tenderers.map((t, i) => (i === spec.winner ? winnerParty : t))];
  const bids = {
    details: spec.bids.map((b, i) => ({
      id: `${spec.ocid}-bid-${i + 1}`,
      date: b.date,
      status: b.status ?? 'valid',
      tenderers: [{ id: tenderers[i]!.id as string, name: b.supplier.name }],
      value: { amount: b.amount, currency },
    })),
  };
  const awardId = `${spec.ocid}-award-1`;
  const award = {
    id: awardId,
    status: 'active',
    date: spec.awardDate,
    value: { amount: win.amount, currency },
    suppliers: [{ id: winnerParty.id as string, name: win.supplier.name }],
  };
  releases.push({
    ocid: spec.ocid,
    id: `${spec.ocid}-award`,
    date: spec.awardDate,
    tag: ['award'],
    initiationType: 'tender',
    language: 'mn',
    parties,
    buyer: buyerRef,
    tender: { id: tender.id, status: 'complete', numberOfTenderers: spec.bids.length },
    bids,
    awards: [award],
  });
  if (!spec.dateSigned) return releases;
  const contractId = `${spec.ocid}-contract-1`;
  const value = spec.contractValue ?? win.amount;
  releases.push({
    ocid: spec.ocid,
    id: `${spec.ocid}-contract`,
    date: spec.dateSigned,
    tag: ['contract'],
    initiationType: 'tender',
    language: 'mn',
    parties,
    buyer: buyerRef,
    contracts: [
      {
        id: contractId,
        awardID: awardId,
        title: spec.title,
        status: 'active',
        value: { amount: value, currency },
        dateSigned: spec.dateSigned,
        period: { startDate: spec.dateSigned, ...(spec.contractEnd ? { endDate: spec.contractEnd } : {}) },
        documents: [
          {
            id: `${spec.ocid}-contract-doc`,
            documentType: 'contractSigned',
            title: 'Гэрээ',
            format: 'application/pdf',
            language: 'mn',
          },
        ],
      },
    ],
  });
  let current = value;
  (spec.amendments ?? []).forEach((a, i) => {
    current = a.value;
    releases.push({
      ocid: spec.ocid,
      id: `${spec.ocid}-amendment-${i + 1}`,
      date: a.date,
      tag: ['contractAmendment'],
      initiationType: 'tender',
      language: 'mn',
      contracts: [
        {
          id: contractId,
          awardID: awardId,
          value: { amount: a.value, currency },
          amendments: [{ id: `${contractId}-amendment-${i + 1}`, date: a.date, rationale: a.rationale }],
        },
      ],
    });
  });
  const payments = spec.payments ?? [];
  if (payments.length > 0) {
    const last = payments.at(-1)!;
    releases.push({
      ocid: spec.ocid,
      id: `${spec.ocid}-implementation-${payments.length}`,
      date: last.date,
      tag: ['implementation'],
      initiationType: 'tender',
      language: 'mn',
      contracts: [
        {
          id: contractId,
          awardID: awardId,
          status: payments.reduce((s, p) => s + p.amount, 0) >= current ? 'terminated' : 'active',
          implementation: {
            transactions: payments.map((p, i) => ({
              id: `${contractId}-payment-${i + 1}`,
              source: 'https://shilendans.gov.mn',
              date: p.date,
              value: { amount: p.amount, currency },
              payer: buyerRef,
              payee: { id: winnerParty.id as string, name: win.supplier.name },
            })),
            milestones: [
              {
                id: `${contractId}-delivery`,
                title: 'Хүлээлгэн өгөх',
                type: 'delivery',
                status: payments.reduce((s, p) => s + p.amount, 0) >= current ? 'met' : 'scheduled',
                dueDate: spec.contractEnd ?? last.date,
              },
            ],
          },
        },
      ],
    });
  }
  return releases;
}
