import type { LicenceType } from '../../../country/extractives-pack.ts';
import type { Licence } from './queries.ts';

/** The API's view of a licence: both languages side by side, links absolute, no person's data. */
export function presentLicence(l: Licence, kinds: readonly LicenceType[], publicUrl: string) {
  const kind = kinds.find((k) => k.code === l.type);
  return {
    slug: l.slug,
    type: { code: l.type, name: kind?.name ?? { mn: l.type, en: l.type } },
    resource: l.resource,
    number: l.number,
    name: { mn: l.nameMn, en: l.nameEn },
    status: l.status,
    appliedOn: l.appliedOn,
    grantedOn: l.grantedOn,
    expiresOn: l.expiresOn,
    commodities: l.commodities,
    areaHa: l.areaHa,
    adminUnit: l.adminUnitCode
      ? { code: l.adminUnitCode, name: { mn: l.unitNameMn ?? '', en: l.unitNameEn ?? '' } }
      : null,
    issuer: { slug: l.organization, name: { mn: l.organizationNameMn, en: l.organizationNameEn } },
    holders: l.holders.map((h) => ({
      id: Number(h.entityId),
      name: { mn: h.nameMn, en: h.nameEn },
      scheme: h.scheme,
      identifier: h.identifier,
      share: h.share,
      url: `${publicUrl}/legal-entities/${h.entityId}`,
    })),
    events: l.events.map((e) => ({
      status: e.status,
      occurredOn: e.occurredOn,
      decisionNumber: e.decisionNumber,
      decisionBody: e.decisionBody,
    })),
    fees: l.fees.map((f) => ({ year: f.year, due: f.due, paid: f.paid })),
    geometry: l.geometry,
    updatedAt: new Date(l.updatedAt).toISOString(),
    url: `${publicUrl}/extractives/licences/${l.slug}`,
  };
}
