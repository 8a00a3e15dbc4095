import type { ProcessRow } from './service.ts';

const money = (v: string | null) => (v === null ? null : Number(v));

/** A process as the list API shows it. */
export function presentProcess(p: ProcessRow, publicUrl: string) {
  return {
    ocid: p.ocid,
    title: p.title,
    buyer: { slug: p.buyerSlug, name: p.buyerName },
    supplier: p.supplierId === null ? null : { id: p.supplierId, name: p.supplierName ?? '' },
    aimag: p.aimag,
    method: p.method,
    category: p.category,
    stage: p.stage,
    status: p.status,
    currency: p.currency,
    tenderValue: money(p.tenderValue),
    contractValue: money(p.contractValue),
    date: p.date,
    dateSigned: p.dateSigned,
    bids: p.bidCount,
    flags: p.flags,
    url: `${publicUrl}/procurement/processes/${encodeURIComponent(p.ocid)}`,
  };
}
