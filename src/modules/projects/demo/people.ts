/** The demo's invented people: the board members and reporting officers (their source says so). */
import type { DemoPerson } from './shared.ts';

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    slug: 'demo-o-batbayar',
    name: { mn: 'О. Батбаяр', en: 'O. Batbayar' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Дэд сайд', en: 'Vice Minister' },
    startsOn: '2016-08-01',
  },
  {
    slug: 'demo-e-sarangerel',
    name: { mn: 'Э. Сарангэрэл', en: 'E. Sarangerel' },
    organization: 'ministry-of-finance',
    post: { mn: 'Өрийн удирдлагын газрын дарга', en: 'Director of Debt Management' },
    startsOn: '2014-01-15',
  },
  {
    slug: 'demo-kh-gantulga',
    name: { mn: 'Х. Гантулга', en: 'Kh. Gantulga' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Төсөл хэрэгжүүлэх нэгжийн захирал', en: 'Director of the project implementation unit' },
    startsOn: '2013-03-01',
  },
  {
    slug: 'demo-d-nomin',
    name: { mn: 'Д. Номин', en: 'D. Nomin' },
    organization: 'ministry-of-roads-and-transportation',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2014-01-02',
  },
  {
    slug: 'demo-ch-bolormaa',
    name: { mn: 'Ч. Болормаа', en: 'Ch. Bolormaa' },
    organization: 'ministry-of-construction-and-urban-development',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2012-02-01',
  },
  {
    slug: 'demo-t-erdenebat',
    name: { mn: 'Т. Эрдэнэбат', en: 'T. Erdenebat' },
    organization: 'ministry-of-construction-and-urban-development',
    post: { mn: 'Дэд сайд', en: 'Vice Minister' },
    startsOn: '2011-09-01',
  },
  {
    slug: 'demo-b-tsolmon',
    name: { mn: 'Б. Цолмон', en: 'B. Tsolmon' },
    organization: 'ministry-of-education-and-science',
    post: { mn: 'Төслийн хяналт-шинжилгээний мэргэжилтэн', en: 'Project monitoring officer' },
    startsOn: '2024-09-01',
  },
];

/** Which person reports each project's progress. */
export const REPORTING_OFFICER: Readonly<Record<string, string>> = {
  'new-ulaanbaatar-international-airport': 'demo-d-nomin',
  'western-regional-road-corridor': 'demo-d-nomin',
  'ulaanbaatar-housing-and-infrastructure': 'demo-ch-bolormaa',
  'airport-expressway': 'demo-d-nomin',
  'olgii-school-dormitory': 'demo-b-tsolmon',
  'rural-road-disbursement-ahead': 'demo-d-nomin',
  'rural-road-disbursement-in-step': 'demo-d-nomin',
};
