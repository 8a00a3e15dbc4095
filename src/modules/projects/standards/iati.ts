/**
 * IATI 2.03 activities of the register: one `iati-activity` per loan or grant, reported by the
 * pack's reporting organisation, identified `<reportingOrgRef>-<loan slug>`, its children in the
 * order of the schema's sequence. The lender is the funding organisation (with its IATI ref where
 * the pack knows it), the borrowing body the accountable one and the project's implementing body
 * the implementing one; the status follows the project's stage; the sector is the DAC code of the
 * project's OC4IDS sector; finance type 421 (standard loan) or 110 (standard grant). Transactions:
 * the commitment (11), each disbursement (3), each repayment as a loan repayment (6) and an
 * interest payment (5). A loan's terms are in `crs-add/loan-terms` (rate-1 the rate, rate-2 the
 * base rate of a variable-rate loan; repayment type and plan; commitment, first and final
 * repayment dates) and its position at `asOf` in `crs-add/loan-status` (the schema allows one).
 * The grace period, which IATI has no element for, is written out in a description of type 4.
 * Texts are Mongolian (`xml:lang="mn"` on the activity) with the English beside them.
 */
import type { ProjectsPack } from '../../../country/projects-pack.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  IATI_TRANSACTION,
  iatiFinanceType,
  iatiRepaymentPlan,
  iatiRepaymentType,
  sectorByCode,
} from '../codes.ts';
import { fromUnits, toUnits } from '../loans/schedule.ts';
import { packLender } from './lenders.ts';
import { graceText, loanEnd, loanFirstRepayment } from './oc4ids.ts';
import { type LoanBundle, loanBundles, prefetchedBundles, readLoans } from './rows.ts';

export const IATI_VERSION = '2.03';

export interface IatiOptions {
  pack: ProjectsPack;
  /** ISO 3166-1 alpha-2 of the recipient country. */
  country: string;
  /** The date the loans' positions are given at (`YYYY-MM-DD`). */
  asOf: string;
  /** When the file is made (the activities' `generated-datetime`). */
  generatedAt: Date;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Whether a character may stand in an XML 1.0 document (tab, line feed, carriage return, or from the space on). */
const allowedInXml = (c: string) => {
  const code = c.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};
/** Text or an attribute value made safe for XML (and without the characters XML 1.0 forbids). */
export function xmlText(value: string): string {
  return [...value]
    .filter(allowedInXml)
    .join('')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Attributes = Record<string, string | number | null | undefined>;
const attrs = (a: Attributes) =>
  Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
    .join('');
const el = (name: string, a: Attributes, children = '') =>
  children === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
/** Narratives: the Mongolian (the activity's language), then the English where it differs. */
const narratives = (mn: string | null, en: string | null) =>
  [
    mn ? el('narrative', {}, xmlText(mn)) : '',
    en && en !== mn ? el('narrative', { 'xml:lang': 'en' }, xmlText(en)) : '',
  ].join('');

/** IATI ActivityStatus from the project's stage and status (a loan without a project by its dates). */
export function activityStatus(bundle: LoanBundle, asOf: string): string {
  const p = bundle.project;
  if (p) {
    if (p.status === 'cancelled') return '5';
    if (p.status === 'suspended') return '6';
    if (p.stage === 'completion') return p.status === 'closed' ? '4' : '3';
    return p.stage === 'implementation' ? '2' : '1';
  }
  const end = loanEnd(bundle.loan);
  return end && end < asOf ? '4' : '2';
}

const TIED: Record<string, string> = { 'partially-tied': '3', tied: '4', untied: '5' };

const sum = (values: readonly string[]) => values.reduce((total, v) => total + toUnits(v, 2), 0n);
const money = (units: bigint) => fromUnits(units < 0n ? 0n : units, 2);

/** One loan or grant as an IATI 2.03 activity. */
export function iatiActivity(bundle: LoanBundle, options: IatiOptions): string {
  const { loan, project } = bundle;
  const { pack, asOf } = options;
  const org = pack.identifiers.iatiReportingOrg;
  const lender = packLender(pack, loan.lender);
  const lenderOrg = (tag: string, role?: string) =>
    el(
      tag,
      { ref: lender?.iatiRef ?? undefined, type: lender?.iatiType ?? undefined, role },
      narratives(loan.lender.nameMn, loan.lender.nameEn ?? loan.lender.nameMn),
    );
  const borrower = (tag: string, role?: string) =>
    el(tag, { type: '10', role }, narratives(loan.organization.nameMn, loan.organization.nameEn));
  const currency = loan.currency;
  const transaction = (code: string, date: string, value: string, incoming: boolean) =>
    el(
      'transaction',
      {},
      [
        el('transaction-type', { code }),
        el('transaction-date', { 'iso-date': date }),
        el('value', { currency, 'value-date': date }, value),
        incoming ? lenderOrg('provider-org') : borrower('provider-org'),
        incoming ? borrower('receiver-org') : lenderOrg('receiver-org'),
      ].join(''),
    );

  const grace = loan.kind === 'loan' ? graceText(loan) : null;
  const sector = project ? sectorByCode.get(project.sector) : undefined;
  const start = loan.effectiveOn ?? loan.agreementOn;

  const transactions = [
    transaction(IATI_TRANSACTION.incomingCommitment, loan.agreementOn, loan.amount, true),
    ...bundle.disbursements.map((d) => transaction(IATI_TRANSACTION.disbursement, d.on, d.amount, true)),
    ...bundle.repayments.flatMap((r) => [
      ...(toUnits(r.amount, 2) > 0n
        ? [transaction(IATI_TRANSACTION.loanRepayment, r.on, r.amount, false)]
        : []),
      ...(r.interest && toUnits(r.interest, 2) > 0n
        ? [transaction(IATI_TRANSACTION.interestPayment, r.on, r.interest, false)]
        : []),
    ]),
  ];

  let crsAdd = '';
  if (loan.kind === 'loan') {
    const rate1 =
      loan.rateKind === 'fixed'
        ? loan.fixedRate
        : loan.margin === null
          ? null
          : loan.latestBaseRate === null
            ? null
            : fromUnits(toUnits(loan.latestBaseRate, 4) + toUnits(loan.margin, 4), 4);
    const rate2 = loan.rateKind === 'variable' ? loan.latestBaseRate : null;
    const first = loanFirstRepayment(loan);
    const final = loanEnd(loan);
    const terms = el(
      'loan-terms',
      {
        'rate-1': rate1 === null ? undefined : String(Number(rate1)),
        'rate-2': rate2 === null ? undefined : String(Number(rate2)),
      },
      [
        loan.repaymentMethod ? el('repayment-type', { code: iatiRepaymentType[loan.repaymentMethod] }) : '',
        loan.paymentsPerYear ? el('repayment-plan', { code: iatiRepaymentPlan(loan.paymentsPerYear) }) : '',
        el('commitment-date', { 'iso-date': loan.agreementOn }),
        first ? el('repayment-first-date', { 'iso-date': first }) : '',
        final ? el('repayment-final-date', { 'iso-date': final }) : '',
      ].join(''),
    );
    // Where the loan stands on `asOf`: the year's interest received, the principal drawn and not
    // repaid, and the principal the schedule had due by then but not repaid.
    const year = asOf.slice(0, 4);
    const drawn = sum(bundle.disbursements.filter((d) => d.on <= asOf).map((d) => d.amount));
    const repaid = sum(bundle.repayments.filter((r) => r.on <= asOf).map((r) => r.amount));
    const interestReceived = sum(
      bundle.repayments.filter((r) => r.on <= asOf && r.on.startsWith(year)).map((r) => r.interest ?? '0'),
    );
    const due = sum(bundle.schedule.filter((s) => s.dueOn <= asOf).map((s) => s.principal));
    const status =
      loan.agreementOn <= asOf
        ? el(
            'loan-status',
            { year, currency, 'value-date': asOf },
            [
              el('interest-received', {}, money(interestReceived)),
              el('principal-outstanding', {}, money(drawn - repaid)),
              el('principal-arrears', {}, money(due - repaid)),
            ].join(''),
          )
        : '';
    crsAdd = el('crs-add', {}, terms + status);
  }

  return el(
    'iati-activity',
    {
      'last-updated-datetime': new Date(loan.updatedAt).toISOString(),
      'xml:lang': 'mn',
      'default-currency': currency,
      hierarchy: '1',
    },
    [
      el('iati-identifier', {}, xmlText(`${org.ref}-${loan.slug}`)),
      el('reporting-org', { ref: org.ref, type: org.type }, narratives(org.name.mn, org.name.en)),
      el('title', {}, narratives(loan.titleMn, loan.titleEn)),
      el(
        'description',
        { type: '1' },
        project
          ? narratives(project.descriptionMn, project.descriptionEn)
          : narratives(loan.titleMn, loan.titleEn),
      ),
      grace ? el('description', { type: '4' }, narratives(grace.mn, grace.en)) : '',
      lenderOrg('participating-org', '1'),
      borrower('participating-org', '2'),
      project
        ? el(
            'participating-org',
            { type: '10', role: '4' },
            narratives(project.organization.nameMn, project.organization.nameEn),
          )
        : '',
      el('activity-status', { code: activityStatus(bundle, asOf) }),
      el('activity-date', { type: '2', 'iso-date': start }),
      loan.closingOn ? el('activity-date', { type: '3', 'iso-date': loan.closingOn }) : '',
      el('recipient-country', { code: options.country, percentage: '100' }),
      sector ? el('sector', { vocabulary: '1', code: sector.dac, percentage: '100' }) : '',
      el('default-finance-type', { code: iatiFinanceType(loan.kind) }),
      loan.tiedStatus ? el('default-tied-status', { code: TIED[loan.tiedStatus] }) : '',
      transactions.join(''),
      loan.conditionsMn || loan.conditionsEn
        ? el(
            'conditions',
            { attached: '1' },
            el('condition', { type: '1' }, narratives(loan.conditionsMn, loan.conditionsEn)),
          )
        : '',
      crsAdd,
    ].join(''),
  );
}

const head = (options: IatiOptions) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities${attrs({
    version: IATI_VERSION,
    'generated-datetime': options.generatedAt.toISOString(),
  })}>\n`;
const TAIL = '</iati-activities>\n';

/** One loan's activity as a whole document; undefined when there is no such loan. */
export async function loanActivities(
  db: Queryable,
  slug: string,
  options: IatiOptions,
): Promise<string | undefined> {
  const [bundle] = await loanBundles(db, await readLoans(db, { slug }));
  if (!bundle) return undefined;
  return `${head(options)}${iatiActivity(bundle, options)}\n${TAIL}`;
}

/** Every loan's activity as text chunks, batch by batch: memory holds two batches (the next is read while one is written). */
export async function* allActivities(db: Queryable, options: IatiOptions): AsyncGenerator<string> {
  yield head(options);
  const batches = prefetchedBundles(
    (afterId, limit) => readLoans(db, { afterId, limit }),
    (rows) => loanBundles(db, rows),
  );
  for await (const bundles of batches) yield bundles.map((b) => `${iatiActivity(b, options)}\n`).join('');
  yield TAIL;
}
