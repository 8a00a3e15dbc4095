import type { CaseEvent, EnvironmentCase } from './queries.ts';

/** The company's name in both languages, each falling back on the other (the register may have one). */
export const companyName = (c: Pick<EnvironmentCase, 'entityNameMn' | 'entityNameEn'>) => ({
  mn: c.entityNameMn ?? c.entityNameEn ?? '',
  en: c.entityNameEn ?? c.entityNameMn ?? '',
});

/** A step of the history as the API gives it. */
export const presentEvent = (e: CaseEvent) => ({
  kind: e.kind,
  date: e.occurredOn,
  deadline: e.lastDay,
  details: e.details,
  recordedBy: e.recordedBy,
  recordedAt: new Date(e.recordedAt).toISOString(),
});

/** A case as the API gives it: both languages side by side, links absolute; with its history when given. */
export function presentCase(c: EnvironmentCase, publicUrl: string, history?: readonly CaseEvent[]) {
  return {
    id: Number(c.id),
    company: {
      id: Number(c.entityId),
      name: companyName(c),
      url: `${publicUrl}/legal-entities/${c.entityId}`,
    },
    finding: { mn: c.findingMn, en: c.findingEn },
    place: c.unitCode,
    aimag: c.aimag,
    licences: c.licences.map((l) => ({
      number: l.number,
      url: `${publicUrl}/extractives/licences/${l.slug}`,
    })),
    inspection: { date: c.inspectedOn, inspector: c.inspector, reportReference: c.reportReference },
    stage: c.stage,
    listed: c.listed,
    noticedOn: c.noticedOn,
    replyLastDay: c.replyLastDay,
    decidedOn: c.decidedOn,
    appealLastDay: c.appealLastDay,
    penaltyMnt: c.penaltyMnt === null ? null : Number(c.penaltyMnt),
    remedy:
      c.remedyMn === null || c.remedyEn === null
        ? null
        : { text: { mn: c.remedyMn, en: c.remedyEn }, due: c.remedyDueOn },
    ...(history ? { history: history.map(presentEvent) } : {}),
    url: `${publicUrl}/extractives/environment/${c.id}`,
  };
}
