/**
 * The closed codelists of OCDS 1.1 (release schema 1.1.5) with their codes, written from the
 * published standard, and which codelist each closed field uses. Open codelists accept any text
 * (`schema.ts` keeps their names as annotations).
 */

// Closed codelists: the codes the standard allows, nothing else.
export const releaseTags = [
  'planning',
  'planningUpdate',
  'tender',
  'tenderAmendment',
  'tenderUpdate',
  'tenderCancellation',
  'award',
  'awardUpdate',
  'awardCancellation',
  'contract',
  'contractUpdate',
  'contractAmendment',
  'implementation',
  'implementationUpdate',
  'contractTermination',
  'compiled',
] as const;
export const initiationTypes = ['tender'] as const;
export const tenderStatuses = [
  'planning',
  'planned',
  'active',
  'cancelled',
  'unsuccessful',
  'complete',
  'withdrawn',
] as const;
export const methods = ['open', 'selective', 'limited', 'direct'] as const;
export const procurementCategories = ['goods', 'works', 'services'] as const;
export const awardStatuses = ['pending', 'active', 'cancelled', 'unsuccessful'] as const;
export const contractStatuses = ['pending', 'active', 'cancelled', 'terminated'] as const;
export const milestoneStatuses = ['scheduled', 'met', 'notMet', 'partiallyMet'] as const;

/**
 * The currency codelist: ISO 4217 alphabetic codes, current and historic ones alike, as OCDS 1.1.5
 * lists them (the funds and precious metals of the X range included).
 */
export const currencies: ReadonlySet<string> = new Set(
  `ADP AED AFA AFN ALK ALL AMD ANG AOA AOK AON AOR ARA ARP ARS ARY ATS AUD AWG AYM AZM AZN
  BAD BAM BBD BDT BEC BEF BEL BGJ BGK BGL BGN BHD BIF BMD BND BOB BOP BOV BRB BRC BRE BRL BRN BRR
  BSD BTN BUK BWP BYB BYN BYR BZD CAD CDF CHC CHE CHF CHW CLF CLP CNY COP COU CRC CSD CSJ CSK CUC
  CUP CVE CYP CZK DDM DEM DJF DKK DOP DZD ECS ECV EEK EGP ERN ESA ESB ESP ETB EUR FIM FJD FKP FRF
  GBP GEK GEL GHC GHP GHS GIP GMD GNE GNF GNS GQE GRD GTQ GWE GWP GYD HKD HNL HRD HRK HTG HUF IDR
  IEP ILP ILR ILS INR IQD IRR ISJ ISK ITL JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAJ LAK
  LBP LKR LRD LSL LSM LTL LTT LUC LUF LUL LVL LVR LYD MAD MDL MGA MGF MKD MLF MMK MNT MOP MRO MRU
  MTL MTP MUR MVQ MVR MWK MXN MXP MXV MYR MZE MZM MZN NAD NGN NIC NIO NLG NOK NPR NZD OMR PAB PEH
  PEI PEN PES PGK PHP PKR PLN PLZ PTE PYG QAR RHD ROK ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG
  SDP SEK SGD SHP SIT SKK SLL SOS SRD SRG SSP STD STN SUR SVC SYP SZL THB TJR TJS TMM TMT TND TOP
  TPE TRL TRY TTD TWD TZS UAH UAK UGS UGW UGX USD USN USS UYI UYN UYP UYU UYW UZS VEB VEF VES VNC
  VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XEU XFO XFU XOF XPD XPF XPT XRE XSU XTS XUA XXX
  YDD YER YUD YUM YUN ZAL ZAR ZMK ZMW ZRN ZRZ ZWC ZWD ZWL ZWN ZWR`.split(/\s+/),
);

/** Which codelists are closed (their codes above); every other codelist of OCDS 1.1 is open. */
export const closedCodelists: Readonly<Record<string, readonly string[]>> = {
  'releaseTag.csv': releaseTags,
  'initiationType.csv': initiationTypes,
  'tenderStatus.csv': tenderStatuses,
  'method.csv': methods,
  'procurementCategory.csv': procurementCategories,
  'awardStatus.csv': awardStatuses,
  'contractStatus.csv': contractStatuses,
  'milestoneStatus.csv': milestoneStatuses,
  'currency.csv': [...currencies],
};
