import type { EntityKind } from '../../../platform/legal-entities/index.ts';
import type { AnnotationInput } from './annotate.ts';

/**
 * The known agreements, with their real parties and dates where they could be checked, each with
 * a PDF made at load time: a few pages of neutral summary this project wrote (not the contracts'
 * text, which is not reproduced), one of them left as a scan without text, and some annotated
 * clauses. Checked: the Oyu Tolgoi Investment Agreement (6 October 2009; its parties as its
 * preamble names them; the Government's 34% through the associated shareholders' agreement) and
 * the Underground Mine Development and Financing Plan (18 May 2015, Government of Mongolia,
 * Turquoise Hill Resources and Rio Tinto), by the parties' releases. Not confirmed: which Rio
 * Tinto company signed the 2015 plan, the signature dates of the production-sharing contracts and
 * of the Boroo stability agreement (left empty), and every rate the summaries mention in general
 * words only.
 */

interface DemoParty {
  name: string;
  kind: EntityKind;
}

interface DemoContract {
  slug: string;
  type: string;
  titleMn: string;
  titleEn: string;
  signedOn?: string;
  termYears?: number;
  extensionYears?: number;
  resources: string[];
  /** The state side first (`state`: the Government, or the pack's authority), then the companies. */
  state: 'government' | 'authority';
  companies: DemoParty[];
  amends?: string;
  /** Slugs of the demo licences it covers (those the licence demo has made). */
  licences?: readonly string[];
  pages: (string[] | null)[];
  annotations: AnnotationInput[];
}

const company = (name: string, kind: EntityKind = 'company'): DemoParty => ({ name, kind });
const NOTE = 'Demonstration summary written for this platform; not the text of the agreement.';

export const CONTRACTS: readonly DemoContract[] = [
  {
    slug: 'oyu-tolgoi-investment-agreement',
    licences: ['mining-mv-006709', 'mining-mv-006710'],
    type: 'investment',
    titleMn: 'Оюу толгойн хөрөнгө оруулалтын гэрээ',
    titleEn: 'Oyu Tolgoi Investment Agreement',
    signedOn: '2009-10-06',
    termYears: 30,
    extensionYears: 20,
    resources: ['mineral'],
    state: 'government',
    companies: [
      company('Ivanhoe Mines Mongolia Inc LLC'),
      company('Ivanhoe Mines Ltd', 'foreign-company'),
      company('Rio Tinto International Holdings Limited', 'foreign-company'),
    ],
    pages: [
      [
        'Oyu Tolgoi Investment Agreement - summary',
        NOTE,
        'Parties: the Government of Mongolia; Ivanhoe Mines Mongolia Inc LLC',
        '(the investor); Ivanhoe Mines Ltd; Rio Tinto International Holdings Limited.',
        'Signed on 6 October 2009 under Article 29 of the Minerals Law.',
      ],
      [
        'Stability of the tax environment',
        'The agreement keeps the taxes named in it, and their rates, stable for its term:',
        'a later law that raises them does not apply to the investor.',
        'The term is 30 years, which may be extended by 20 years.',
      ],
      [
        'Royalties and state participation',
        'The investor pays the royalty on the sales value of products',
        'at the rate the Minerals Law sets, stabilised for the term.',
        'The Government holds 34 percent of the investor through a state-owned company',
        'under the shareholders agreement signed with this agreement.',
      ],
      [
        'Employment and the environment',
        'The investor gives preference to Mongolian citizens when hiring and trains them;',
        'foreign workers are limited to the share the law allows.',
        'It assesses the environmental impact of the project, protects water and land,',
        'and rehabilitates the land it used.',
      ],
      null,
      [
        'Disputes',
        'Disputes that the parties cannot settle by negotiation go to international arbitration;',
        'the governing law is the law of Mongolia.',
      ],
    ],
    annotations: [
      {
        category: 'stabilisation',
        page: 2,
        summaryMn: 'Гэрээнд заасан татвар, түүний хувь хэмжээг гэрээний хугацаанд тогтвортой байлгана.',
        summaryEn: 'The taxes named in the agreement, and their rates, stay stable for its term.',
      },
      {
        category: 'term',
        page: 2,
        summaryMn: '30 жил, 20 жилээр сунгаж болно.',
        summaryEn: '30 years, which may be extended by 20 years.',
      },
      {
        category: 'royalties',
        page: 3,
        summaryMn:
          'Бүтээгдэхүүний борлуулалтын үнээс Ашигт малтмалын тухай хуульд заасан хувиар төлнө; хувь хэмжээ тогтвортой.',
        summaryEn:
          'Royalty on the sales value of products at the Minerals Law’s rate, stabilised for the term.',
      },
      {
        category: 'state-participation',
        page: 3,
        summaryMn: 'Засгийн газар хөрөнгө оруулагчийн 34 хувийг төрийн өмчит компаниар дамжуулан эзэмшинэ.',
        summaryEn: 'The Government holds 34% of the investor through a state-owned company.',
      },
      {
        category: 'local-employment',
        page: 4,
        summaryMn: 'Ажилд авахдаа Монгол Улсын иргэнийг давуу эрхтэй авч, сургана.',
        summaryEn: 'Mongolian citizens are preferred in hiring, and trained.',
      },
      {
        category: 'environmental-protection',
        page: 4,
        summaryMn: 'Байгаль орчинд нөлөөлөх байдлыг үнэлж, ус, газрыг хамгаалж, нөхөн сэргээнэ.',
        summaryEn: 'Environmental impact assessed; water and land protected and rehabilitated.',
      },
      {
        category: 'arbitration',
        page: 6,
        summaryMn: 'Хэлэлцээгээр шийдэгдээгүй маргааныг олон улсын арбитрт шийдвэрлэнэ.',
        summaryEn: 'Disputes not settled by negotiation go to international arbitration.',
      },
    ],
  },
  {
    slug: 'oyu-tolgoi-underground-plan-2015',
    licences: ['mining-mv-006709', 'mining-mv-006710'],
    type: 'investment',
    titleMn: 'Оюу толгойн далд уурхайн бүтээн байгуулалт, санхүүжилтийн төлөвлөгөө',
    titleEn: 'Oyu Tolgoi Underground Mine Development and Financing Plan',
    signedOn: '2015-05-18',
    resources: ['mineral'],
    state: 'government',
    companies: [
      company('Turquoise Hill Resources Ltd', 'foreign-company'),
      company('Rio Tinto International Holdings Limited', 'foreign-company'),
    ],
    amends: 'oyu-tolgoi-investment-agreement',
    pages: [
      [
        'Oyu Tolgoi Underground Mine Development and Financing Plan - summary',
        NOTE,
        'Signed on 18 May 2015 by the Government of Mongolia, Turquoise Hill Resources and Rio Tinto.',
      ],
      [
        'What the plan settles',
        'It settles the shareholders outstanding issues, sets the basis for financing the underground mine,',
        'and restates the principles of the 2009 Investment Agreement.',
      ],
    ],
    annotations: [
      {
        category: 'stabilisation',
        page: 2,
        summaryMn: '2009 оны хөрөнгө оруулалтын гэрээний зарчмыг дахин баталгаажуулна.',
        summaryEn: 'Restates the principles of the 2009 Investment Agreement.',
      },
      {
        category: 'work-obligations',
        page: 2,
        summaryMn: 'Далд уурхайн санхүүжилтийн үндсийг тогтооно.',
        summaryEn: 'Sets the basis for financing the underground mine.',
      },
    ],
  },
  {
    slug: 'boroo-gold-stability-agreement',
    licences: ['mining-mv-000160'],
    type: 'stability',
    titleMn: 'Бороо алтны төслийн тогтворжуулалтын гэрээ',
    titleEn: 'Boroo gold project stability agreement',
    resources: ['mineral'],
    state: 'government',
    companies: [company('Boroo Gold LLC')],
    pages: [
      [
        'Boroo gold project stability agreement - summary',
        NOTE,
        'The date of signature could not be confirmed.',
      ],
      ['Stability', 'Taxes and their rates named in the agreement stay as they were for its term.'],
    ],
    annotations: [
      {
        category: 'stabilisation',
        page: 2,
        summaryMn: 'Заасан татварын хувь хэмжээ гэрээний хугацаанд өөрчлөгдөхгүй.',
        summaryEn: 'The tax rates it names do not change during its term.',
      },
    ],
  },
  {
    slug: 'tamsag-block-xix-psc',
    licences: ['petroleum-psc-block-xix'],
    type: 'production-sharing',
    titleMn: 'Тамсагийн XIX талбайн бүтээгдэхүүн хуваах гэрээ',
    titleEn: 'Production sharing contract, Tamsag block XIX',
    resources: ['petroleum'],
    state: 'authority',
    companies: [company('PetroChina Daqing Tamsag LLC')],
    pages: [
      [
        'Production sharing contract for contract area XIX (Tamsag basin) - summary',
        NOTE,
        'Contractor: PetroChina Daqing Tamsag. The date of signature could not be confirmed.',
      ],
      [
        'Cost recovery and sharing',
        'The contractor recovers its costs from a share of the oil produced;',
        'the rest is shared between the state and the contractor, and a royalty is paid on output.',
      ],
      ['Environment', 'The contractor restores the land disturbed by wells and roads when operations end.'],
    ],
    annotations: [
      {
        category: 'production-sharing',
        page: 2,
        summaryMn: 'Зардлаа олборлосон тосны хувиас нөхөж, үлдсэнийг төр, гүйцэтгэгч хуваана.',
        summaryEn:
          'Costs recovered from a share of the oil; the rest shared between the state and the contractor.',
      },
      {
        category: 'royalties',
        page: 2,
        summaryMn: 'Олборлолтоос нөөц ашигласны төлбөр төлнө.',
        summaryEn: 'A royalty is paid on output.',
      },
      {
        category: 'closure-rehabilitation',
        page: 3,
        summaryMn: 'Үйл ажиллагаа дуусахад эвдэрсэн газрыг нөхөн сэргээнэ.',
        summaryEn: 'Disturbed land restored when operations end.',
      },
    ],
  },
  {
    slug: 'tamsag-block-xxi-psc',
    licences: ['petroleum-psc-block-xxi'],
    type: 'production-sharing',
    titleMn: 'Тамсагийн XXI талбайн бүтээгдэхүүн хуваах гэрээ',
    titleEn: 'Production sharing contract, Tamsag block XXI',
    resources: ['petroleum'],
    state: 'authority',
    companies: [company('PetroChina Daqing Tamsag LLC')],
    pages: [
      [
        'Production sharing contract for contract area XXI (Tamsag basin) - summary',
        NOTE,
        'Contractor: PetroChina Daqing Tamsag. The date of signature could not be confirmed.',
      ],
      [
        'Training and employment',
        'The contractor trains Mongolian staff and hires Mongolian citizens where it can.',
      ],
    ],
    annotations: [
      {
        category: 'training',
        page: 2,
        summaryMn: 'Монгол ажилтнуудыг сургана.',
        summaryEn: 'Mongolian staff are trained.',
      },
      {
        category: 'local-employment',
        page: 2,
        summaryMn: 'Боломжтой бол Монгол Улсын иргэдийг ажилд авна.',
        summaryEn: 'Mongolian citizens hired where possible.',
      },
    ],
  },
  {
    slug: 'zuunbayan-xiv-psc',
    type: 'production-sharing',
    titleMn: 'Зүүнбаян XIV талбайн бүтээгдэхүүн хуваах гэрээ',
    titleEn: 'Production sharing contract, Zuunbayan block XIV',
    resources: ['petroleum'],
    state: 'authority',
    companies: [company('DWM Petroleum AG', 'foreign-company')],
    pages: [
      [
        'Production sharing contract for contract area Zuunbayan-XIV - summary',
        NOTE,
        'Contractor: DWM Petroleum AG. The date of signature could not be confirmed.',
      ],
      [
        'Exploration period',
        'The contractor explores for a first period, which may be extended,',
        'and gives up part of the area it does not develop.',
      ],
    ],
    annotations: [
      {
        category: 'work-obligations',
        page: 2,
        summaryMn: 'Хайгуулын эхний хугацаа, сунгалт; хөгжүүлээгүй талбайн хэсгийг буцаана.',
        summaryEn: 'A first exploration period that may be extended; undeveloped parts of the area given up.',
      },
    ],
  },
];
