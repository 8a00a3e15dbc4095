import type { ProjectsPack, ProjectsSource } from '../projects-pack.ts';

/** Testland's projects: fictional, and different from Mongolia's in every figure. */
const fictional: ProjectsSource = { mn: 'Зохиомол', en: 'Fictional.', confirmed: true };

export const projects: ProjectsPack = {
  publisherSlug: 'testland-treasury',
  publisherSource: fictional,
  reporting: { periodMonths: 6, dueDays: 45, source: fictional },
  flags: {
    disbursementAheadPoints: 25,
    disbursementMinimumPercent: 20,
    costOverrunPercent: 15,
    scheduleOverrunPercent: 25,
    source: fictional,
  },
  lenders: [
    {
      registration: { scheme: 'XM-DAC', identifier: '46004' },
      iatiRef: 'XM-DAC-46004',
      iatiType: '40',
      kind: 'multilateral',
      name: { mn: 'Азийн хөгжлийн банк', en: 'Asian Development Bank' },
      source: fictional,
    },
    {
      registration: null,
      iatiRef: null,
      iatiType: '70',
      kind: 'commercial',
      name: { mn: 'Тестландын арилжааны банк', en: 'Testland Commercial Bank' },
      source: fictional,
    },
  ],
  identifiers: {
    oc4idsPrefix: 'oc4ids-xttest',
    iatiReportingOrg: {
      ref: 'XT-TREASURY',
      type: '10',
      name: { mn: 'Тестландын сан хөмрөг', en: 'Testland Treasury' },
    },
    source: fictional,
  },
};
