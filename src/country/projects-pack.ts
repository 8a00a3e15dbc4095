/**
 * The shape of a country pack's facts about public investment and foreign-loan projects
 * (`CountryPack.projects`): who publishes the register, how often a project must report its
 * progress, the thresholds of the register's flags, the lenders the country borrows from (each a
 * legal entity, identified by its IATI organisation identifier where it has no national number),
 * and the identifiers under which the country publishes OC4IDS and IATI. Module `projects` reads it
 * through `ctx.country.projects`.
 */
import type { FiscalSource, FiscalText } from './fiscal-pack.ts';

export type ProjectsText = FiscalText;
/** A source, and whether the fact was confirmed there (`note` says what could not be checked). */
export type ProjectsSource = FiscalSource;

/** OC4IDS `financingPartyType`, the kind of lender a loan comes from. */
export type LenderKind = 'multilateral' | 'bilateral' | 'commercial' | 'institutional' | 'other';

/** A lender the country borrows from: written into the legal-entity register at every start. */
export interface Lender {
  /**
   * org-id.guide scheme and identifier in the register (e.g. `XM-DAC` and `46004` for ADB), or null
   * where none is known: the lender is then registered under its name only, as any party that
   * came with a name.
   */
  registration: { scheme: string; identifier: string } | null;
  /** The IATI organisation identifier (`XM-DAC-46004`), or null where none is known. */
  iatiRef: string | null;
  /** IATI OrganisationType code (10 government, 21 international NGO, 40 multilateral, 70 private sector …). */
  iatiType: string;
  kind: LenderKind;
  name: ProjectsText;
  source: ProjectsSource;
}

export interface ProjectsPack {
  /** The organisation that publishes the register and its datasets (a slug of `organizations`). */
  publisherSlug: string;
  publisherSource: ProjectsSource;
  /**
   * How often a project in implementation reports its physical and financial progress, and how
   * many days after a period ends its report is due; a project past that is flagged.
   */
  reporting: { periodMonths: number; dueDays: number; source: ProjectsSource };
  /**
   * The flags' thresholds: disbursement ahead of physical progress (the share of the loan drawn
   * exceeds the share of the works done by at least `disbursementAheadPoints` percentage points,
   * once at least `disbursementMinimumPercent` is drawn); cost overrun (the budget above the
   * feasibility study's estimate by more than `costOverrunPercent`); schedule overrun (the planned
   * duration above the study's by more than `scheduleOverrunPercent`).
   */
  flags: {
    disbursementAheadPoints: number;
    disbursementMinimumPercent: number;
    costOverrunPercent: number;
    scheduleOverrunPercent: number;
    source: ProjectsSource;
  };
  lenders: readonly Lender[];
  /**
   * The identifiers the country publishes under: the OC4IDS project id prefix (`oc4ids-` and six
   * characters, registered with the Open Contracting Partnership) and the IATI reporting
   * organisation (its identifier, OrganisationType and name).
   */
  identifiers: {
    oc4idsPrefix: string;
    iatiReportingOrg: { ref: string; type: string; name: ProjectsText };
    source: ProjectsSource;
  };
}
