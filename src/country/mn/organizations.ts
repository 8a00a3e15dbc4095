// Public bodies of Mongolia for the country pack: the bodies named in the OGP action plan 2014–2015
// (seeds/ogp-action-plan-mongolia-2014-2015.txt), the oversight and registration bodies the platform works
// with, the capital's and the aimags' governors' offices.
//
// Names are those in force when the action plan was written (the 2012–2014 government of 16 ministries,
// see business-mongolia.com, "The Government of Mongolia will have 16 ministries", August 2012). Ministries
// and several agencies were restructured in December 2014, 2016 and 2020; successors are noted in comments
// and should be added as separate records with their own dates when the platform models history.
//
// `aliases` hold every spelling of the body used in the action plan's organisation column and commitment
// text (typos included, e.g. 'Miniral resource authority', and truncated cells such as
// 'Information technology post and'), plus common Mongolian short forms, so that an importer can match the
// plan's names to these records. The plan itself is in English only; it contains no Mongolian spellings.
//
// Verification (through the project's search tool):
// - Verified in a source: Засгийн газрын Хэрэг эрхлэх газар / ЗГХЭГ (unelgee.gov.mn, vip76.mn); Монгол
//   Улсын Их Хурал, parliament.mn; Сангийн яам, Гадаад харилцааны яам, Батлан хамгаалах яам, Эрчим
//   хүчний яам, Эрүүл мэндийн яам (unelgee.gov.mn list of ministries); Хууль зүйн яам, Барилга, хот
//   байгуулалтын яам, Боловсрол, шинжлэх ухааны яам, Хүн амын хөгжил, нийгмийн хамгааллын яам
//   (pcsp.gov.mn, 2013); Эдийн засгийн хөгжлийн яам (arslan.mn); Авлигатай тэмцэх газар and its English
//   name and iaac.mn (en.iaac.mn); Үндэсний аудитын газар and audit.mn (khentii.audit.mn, devex.com);
//   Ашигт малтмалын газар / MRAM (Wikipedia; mrpam.gov.mn is the successor's site); Улсын бүртгэлийн
//   ерөнхий газар / GASR and burtgel.gov.mn (burtgel.gov.mn); Цагдаагийн ерөнхий газар / ЦЕГ,
//   police.gov.mn and info@police.gov.mn (police.gov.mn); Засгийн газрын иргэд, олон нийттэй харилцах 11-11
//   төв (newscafe.mn) and its number 11-11 (hutuch.mn); Нийслэлийн Засаг дарга бөгөөд Улаанбаатар хотын
//   Захирагч (fact.mn) and "Capital City Governor's office" (montsame.mn); Худалдан авах ажиллагааны газар
//   (ХААГ), the Government Procurement Agency founded 2012 under the Deputy Prime Minister
//   (haaa.gs.gov.mn, ppi-ebrd-uncitral.com); Мэдээллийн технологи, шуудан, харилцаа холбооны газар
//   (new.cita.gov.mn, 2015); Татварын ерөнхий газар / ТЕГ and mta.gov.mn; Гаалийн ерөнхий газар,
//   "Customs General Administration of Mongolia" and customs.gov.mn; Газрын харилцаа, геодези, зураг зүйн
//   газар and gazar.gov.mn; Үндэсний статистикийн хороо / ҮСХ, nso.mn, its address and phone
//   (en.nso.mn); Мэргэжлийн хяналтын ерөнхий газар (newscafe.mn); Нээлттэй засгийн түншлэл / НЗТ
//   (hutuch.mn, irgen-tur.mn); Нийслэлийн иргэдийн Төлөөлөгчдийн Хурал (Wikipedia: "Citizens'
//   Representatives Khural of the Capital city"); ulaanbaatar.mn and mongolia.gov.mn (Wikipedia infoboxes);
//   aimag and district websites where marked.
// - NOT verified verbatim in a source (author's knowledge of the official names, reviewed but unconfirmed):
//   Байгаль орчин, ногоон хөгжлийн яам; Уул уурхайн яам; Зам, тээврийн яам; Соёл, спорт, аялал
//   жуулчлалын яам; Үйлдвэр, хөдөө аж ахуйн яам; Хөдөлмөрийн яам; the courts, prosecutor, commissions,
//   Монголбанк, Санхүүгийн зохицуулах хороо, Төрийн албаны зөвлөл, Нийгмийн даатгалын ерөнхий газар,
//   Онцгой байдлын ерөнхий газар, Төрийн өмчийн хороо, Газрын тосны газар, Эрдэнэс Монгол, Хөгжлийн банк;
//   the ministries' abbreviations; all parent links of agencies to ministries.
// - Translations (the OGP bodies created by the plan have no official Mongolian name that could be found):
//   the OGP working group, national committee, evaluation council, OGP unit and the National Information
//   Transparency Committee. Marked "translation" below.
// - Collective references in the plan ('All ministries', 'Local governors', 'Civil society organizations',
//   ...) are kept as records of kind 'other' so that a commitment can point at them; an importer may expand
//   them to their members.

import type { OrganizationSeed } from '../pack.ts';
import { adminUnits } from './admin-units.ts';

export type { OrganizationSeed };

const national: OrganizationSeed[] = [
  // ---- State power ----------------------------------------------------------------------------------
  {
    slug: 'state-great-khural',
    nameMn: 'Монгол Улсын Их Хурал',
    nameEn: 'State Great Khural of Mongolia',
    abbreviation: 'УИХ',
    kind: 'parliament',
    parentSlug: null,
    adminUnitCode: null,
    website: 'https://parliament.mn',
    aliases: [
      'Parliament',
      'State Great Khural',
      'State Great Hural',
      'Parliament of Mongolia',
      'Улсын Их Хурал',
    ],
  },
  {
    slug: 'government',
    nameMn: 'Монгол Улсын Засгийн газар',
    nameEn: 'Government of Mongolia',
    kind: 'government',
    parentSlug: null,
    adminUnitCode: null,
    website: 'https://mongolia.gov.mn',
    aliases: ['Government', 'Government of Mongolia', 'Cabinet', 'Засгийн газар'],
  },
  {
    slug: 'cabinet-secretariat',
    nameMn: 'Засгийн газрын Хэрэг эрхлэх газар',
    nameEn: 'Cabinet Secretariat of the Government of Mongolia',
    abbreviation: 'ЗГХЭГ',
    kind: 'government',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: [
      'Cabinet Secretariat of Government',
      'Cabinet secretariat of government',
      'Cabinet Secretariat Government',
      'Cabinet Secretariat',
      'Cabinet Secretariat of Government of Mongolia',
      'Cabinet Secretariat of the Government',
      'Cabinet Office of the Government of Mongolia',
      'Cabinet Secretariat of the Government of Mongolia',
    ],
  },

  // ---- Ministries (2012–2014 structure, 16 ministries) ----------------------------------------------
  {
    slug: 'ministry-of-environment-and-green-development',
    nameMn: 'Байгаль орчин, ногоон хөгжлийн яам',
    nameEn: 'Ministry of Environment and Green Development',
    abbreviation: 'БОНХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    // Successor from 2016: Ministry of Environment and Tourism (Байгаль орчин, аялал жуулчлалын яам).
    aliases: [
      'Ministry of environment and green development',
      'Ministry of Environment and Green development',
      'Ministry of Nature, Environment and Green Development',
      'MEGD',
    ],
  },
  {
    slug: 'ministry-of-foreign-affairs',
    nameMn: 'Гадаад харилцааны яам',
    nameEn: 'Ministry of Foreign Affairs',
    abbreviation: 'ГХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of Foreign Relations'],
  },
  {
    slug: 'ministry-of-finance',
    nameMn: 'Сангийн яам',
    nameEn: 'Ministry of Finance',
    abbreviation: 'СЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of finance', 'MOF'],
  },
  {
    slug: 'ministry-of-justice',
    nameMn: 'Хууль зүйн яам',
    nameEn: 'Ministry of Justice',
    abbreviation: 'ХЗЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    // Successor from 2016: Ministry of Justice and Internal Affairs (Хууль зүй, дотоод хэргийн яам).
    aliases: ['Ministry of justice'],
  },
  {
    slug: 'ministry-of-construction-and-urban-development',
    nameMn: 'Барилга, хот байгуулалтын яам',
    nameEn: 'Ministry of Construction and Urban Development',
    abbreviation: 'БХБЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
  },
  {
    slug: 'ministry-of-defence',
    nameMn: 'Батлан хамгаалах яам',
    nameEn: 'Ministry of Defence',
    abbreviation: 'БХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of Defense'],
  },
  {
    slug: 'ministry-of-education-and-science',
    nameMn: 'Боловсрол, шинжлэх ухааны яам',
    nameEn: 'Ministry of Education and Science',
    abbreviation: 'БШУЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
  },
  {
    slug: 'ministry-of-roads-and-transportation',
    nameMn: 'Зам, тээврийн яам',
    nameEn: 'Ministry of Roads and Transportation',
    abbreviation: 'ЗТЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of Roads and Transport', 'Ministry of Road and Transportation'],
  },
  {
    slug: 'ministry-of-culture-sports-and-tourism',
    nameMn: 'Соёл, спорт, аялал жуулчлалын яам',
    nameEn: 'Ministry of Culture, Sports and Tourism',
    abbreviation: 'ССАЖЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of Culture, Sport and Tourism'],
  },
  {
    slug: 'ministry-of-mining',
    nameMn: 'Уул уурхайн яам',
    nameEn: 'Ministry of Mining',
    abbreviation: 'УУЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    // Successor from 2016: Ministry of Mining and Heavy Industry (Уул уурхай, хүнд үйлдвэрийн яам).
  },
  {
    slug: 'ministry-of-industry-and-agriculture',
    nameMn: 'Үйлдвэр, хөдөө аж ахуйн яам',
    nameEn: 'Ministry of Industry and Agriculture',
    abbreviation: 'ҮХААЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
  },
  {
    slug: 'ministry-of-labour',
    nameMn: 'Хөдөлмөрийн яам',
    nameEn: 'Ministry of Labour',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Ministry of Labor'],
  },
  {
    slug: 'ministry-of-population-development-and-social-protection',
    nameMn: 'Хүн амын хөгжил, нийгмийн хамгааллын яам',
    nameEn: 'Ministry of Population Development and Social Protection',
    abbreviation: 'ХАХНХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: [
      'Ministry of Human Development and Social Welfare',
      'Ministry of Population Development and Social Welfare',
    ],
  },
  {
    slug: 'ministry-of-economic-development',
    nameMn: 'Эдийн засгийн хөгжлийн яам',
    nameEn: 'Ministry of Economic Development',
    abbreviation: 'ЭЗХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
    // Merged into the Ministry of Finance in December 2014.
  },
  {
    slug: 'ministry-of-energy',
    nameMn: 'Эрчим хүчний яам',
    nameEn: 'Ministry of Energy',
    abbreviation: 'ЭХЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
  },
  {
    slug: 'ministry-of-health',
    nameMn: 'Эрүүл мэндийн яам',
    nameEn: 'Ministry of Health',
    abbreviation: 'ЭМЯ',
    kind: 'ministry',
    parentSlug: 'government',
    adminUnitCode: null,
  },

  // ---- Oversight bodies accountable to the State Great Khural -----------------------------------------
  {
    slug: 'independent-authority-against-corruption',
    nameMn: 'Авлигатай тэмцэх газар',
    nameEn: 'Independent Authority Against Corruption of Mongolia',
    abbreviation: 'АТГ',
    kind: 'authority',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
    website: 'https://iaac.mn',
    aliases: [
      'Anti-corruption authority',
      'Anti-corruption Authority',
      'Anti-Corruption Authority',
      'Anti-Corruption Agency',
      'Independent Authority Against Corruption',
      'IAAC',
    ],
  },
  {
    slug: 'national-audit-office',
    nameMn: 'Үндэсний аудитын газар',
    nameEn: 'National Audit Office of Mongolia',
    abbreviation: 'ҮАГ',
    kind: 'authority',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
    website: 'https://audit.mn',
    aliases: [
      'National Auditing Committee',
      'National Auditing',
      'National Audit Office',
      'Mongolian National Audit Office',
      'MNAO',
    ],
  },
  {
    slug: 'national-statistics-office',
    nameMn: 'Үндэсний статистикийн хороо',
    nameEn: 'National Statistics Office of Mongolia',
    abbreviation: 'ҮСХ',
    kind: 'committee',
    parentSlug: null,
    adminUnitCode: null,
    website: 'https://www.nso.mn',
    phone: '+976 11 326414',
    address: 'Government Building III, Baga toiruu 44, Ulaanbaatar 11, Mongolia',
    aliases: ['National Statistical Office of Mongolia', 'National Statistical Office', 'NSO'],
  },
  {
    slug: 'national-human-rights-commission',
    nameMn: 'Монгол Улсын Хүний эрхийн үндэсний комисс',
    nameEn: 'National Human Rights Commission of Mongolia',
    abbreviation: 'ХЭҮК',
    kind: 'committee',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
  },
  {
    slug: 'general-election-commission',
    nameMn: 'Сонгуулийн ерөнхий хороо',
    nameEn: 'General Election Commission of Mongolia',
    abbreviation: 'СЕХ',
    kind: 'committee',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
  },
  {
    slug: 'bank-of-mongolia',
    nameMn: 'Монголбанк',
    nameEn: 'Bank of Mongolia',
    kind: 'authority',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
    aliases: ['Central Bank of Mongolia', 'Монгол банк'],
  },
  {
    slug: 'financial-regulatory-commission',
    nameMn: 'Санхүүгийн зохицуулах хороо',
    nameEn: 'Financial Regulatory Commission of Mongolia',
    abbreviation: 'СЗХ',
    kind: 'committee',
    parentSlug: 'state-great-khural',
    adminUnitCode: null,
  },
  {
    slug: 'civil-service-council',
    nameMn: 'Төрийн албаны зөвлөл',
    nameEn: 'Civil Service Council of Mongolia',
    abbreviation: 'ТАЗ',
    kind: 'council',
    parentSlug: null,
    adminUnitCode: null,
  },

  // ---- Judiciary and prosecution --------------------------------------------------------------------
  {
    slug: 'constitutional-court',
    nameMn: 'Монгол Улсын Үндсэн хуулийн цэц',
    nameEn: 'Constitutional Court of Mongolia',
    kind: 'court',
    parentSlug: null,
    adminUnitCode: null,
    aliases: ['Үндсэн хуулийн цэц'],
  },
  {
    slug: 'supreme-court',
    nameMn: 'Монгол Улсын Дээд шүүх',
    nameEn: 'Supreme Court of Mongolia',
    kind: 'court',
    parentSlug: null,
    adminUnitCode: null,
    aliases: ['Улсын Дээд шүүх'],
  },
  {
    slug: 'general-prosecutors-office',
    nameMn: 'Улсын ерөнхий прокурорын газар',
    nameEn: "General Prosecutor's Office of Mongolia",
    abbreviation: 'УЕПГ',
    kind: 'authority',
    parentSlug: null,
    adminUnitCode: null,
    aliases: ["Attorney General's Office", 'General Prosecutor’s Office'],
  },

  // ---- Agencies named in the plan or needed by its commitments ---------------------------------------
  {
    slug: 'government-11-11-centre',
    nameMn: 'Засгийн газрын иргэд, олон нийттэй харилцах 11-11 төв',
    nameEn: 'Government 11-11 Public Relations Centre',
    kind: 'agency',
    parentSlug: 'cabinet-secretariat',
    adminUnitCode: null,
    phone: '11-11',
    aliases: [
      "Government's 11-11 centers",
      "Government's 11-11 center",
      '11-11 center',
      '11-11 centre',
      'Government 11-11 Center',
      "Citizen's feedback 11-11 center of the Government of Mongolia",
      'Засгийн газрын 11-11 төв',
      '11-11 төв',
    ],
  },
  {
    slug: 'government-procurement-agency',
    nameMn: 'Худалдан авах ажиллагааны газар',
    nameEn: 'Government Procurement Agency',
    abbreviation: 'ХААГ',
    kind: 'agency',
    // Founded by Government resolution 6 of 2012 under the Deputy Prime Minister's portfolio;
    // dissolved in 2016, re-established in 2019 as Төрийн худалдан авах ажиллагааны газар.
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: [
      'Public procurement authority',
      'Public Procurement Authority',
      'Public Procurement Agency',
      'GPA',
      'Засгийн газрын хэрэгжүүлэгч агентлаг – Худалдан авах ажиллагааны газар',
    ],
  },
  {
    slug: 'information-technology-post-and-telecommunications-authority',
    nameMn: 'Мэдээллийн технологи, шуудан, харилцаа холбооны газар',
    nameEn: 'Information Technology, Post and Telecommunications Authority',
    abbreviation: 'МТШХХГ',
    kind: 'authority',
    // Under the Prime Minister's portfolio; succeeded in 2016 by the Communications and Information
    // Technology Authority (Харилцаа холбоо, мэдээллийн технологийн газар), cita.gov.mn.
    parentSlug: 'government',
    adminUnitCode: null,
    website: 'https://cita.gov.mn',
    aliases: [
      'Information technology post and telecommunication authority',
      'Information technology post and',
      'Technology post and',
      'Information Technology, Post and Telecommunication Authority',
      'ITPTA',
    ],
  },
  {
    slug: 'mineral-resources-authority',
    nameMn: 'Ашигт малтмалын газар',
    nameEn: 'Mineral Resources Authority of Mongolia',
    abbreviation: 'АМГ',
    kind: 'authority',
    parentSlug: 'ministry-of-mining',
    adminUnitCode: null,
    // Merged with the Petroleum Authority in 2017 as Ашигт малтмал, газрын тосны газар (MRPAM).
    website: 'https://mrpam.gov.mn',
    aliases: [
      'Miniral resource authority',
      'Mineral resource authority',
      'Mineral Resource Authority',
      'Mineral Resources Authority',
      'MRAM',
    ],
  },
  {
    slug: 'petroleum-authority',
    nameMn: 'Газрын тосны газар',
    nameEn: 'Petroleum Authority of Mongolia',
    kind: 'authority',
    parentSlug: 'ministry-of-mining',
    adminUnitCode: null,
    aliases: ['Petroleum Authority', 'PAM'],
  },
  {
    slug: 'administration-of-land-affairs-geodesy-and-cartography',
    nameMn: 'Газрын харилцаа, геодези, зураг зүйн газар',
    nameEn: 'Administration of Land Affairs, Geodesy and Cartography',
    abbreviation: 'ГХГЗЗГ',
    kind: 'agency',
    parentSlug: 'ministry-of-construction-and-urban-development',
    adminUnitCode: null,
    // Now Газар зохион байгуулалт, геодези, зураг зүйн газар.
    website: 'https://gazar.gov.mn',
    aliases: ['ALAGaC', 'Land Authority'],
  },
  {
    slug: 'general-authority-for-state-registration',
    nameMn: 'Улсын бүртгэлийн ерөнхий газар',
    nameEn: 'General Authority for State Registration',
    abbreviation: 'УБЕГ',
    kind: 'authority',
    parentSlug: 'ministry-of-justice',
    adminUnitCode: null,
    website: 'https://burtgel.gov.mn',
    aliases: ['GASR', 'State Registration Office'],
  },
  {
    slug: 'general-police-department',
    nameMn: 'Цагдаагийн ерөнхий газар',
    nameEn: 'General Police Department',
    abbreviation: 'ЦЕГ',
    kind: 'agency',
    parentSlug: 'ministry-of-justice',
    adminUnitCode: null,
    website: 'https://police.gov.mn',
    email: 'info@police.gov.mn',
    aliases: ['National Police Agency', 'Police', 'Mongolian Police'],
  },
  {
    slug: 'general-department-of-taxation',
    nameMn: 'Татварын ерөнхий газар',
    nameEn: 'General Department of Taxation',
    abbreviation: 'ТЕГ',
    kind: 'authority',
    parentSlug: 'ministry-of-finance',
    adminUnitCode: null,
    website: 'https://mta.gov.mn',
    aliases: ['General Tax Authority', 'General Department on Taxation', 'Mongolian Tax Administration'],
  },
  {
    slug: 'customs-general-administration',
    nameMn: 'Гаалийн ерөнхий газар',
    nameEn: 'Customs General Administration of Mongolia',
    abbreviation: 'ГЕГ',
    kind: 'authority',
    parentSlug: 'ministry-of-finance',
    adminUnitCode: null,
    website: 'https://customs.gov.mn',
    aliases: ['Customs Authority', 'Customs General Administration', 'MCGA'],
  },
  {
    slug: 'general-agency-for-specialized-inspection',
    nameMn: 'Мэргэжлийн хяналтын ерөнхий газар',
    nameEn: 'General Agency for Specialized Inspection',
    abbreviation: 'МХЕГ',
    kind: 'agency',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['GASI', 'Specialized Inspection Agency'],
  },
  {
    slug: 'social-insurance-general-office',
    nameMn: 'Нийгмийн даатгалын ерөнхий газар',
    nameEn: 'Social Insurance General Office',
    abbreviation: 'НДЕГ',
    kind: 'agency',
    parentSlug: 'ministry-of-population-development-and-social-protection',
    adminUnitCode: null,
  },
  {
    slug: 'national-emergency-management-agency',
    nameMn: 'Онцгой байдлын ерөнхий газар',
    nameEn: 'National Emergency Management Agency',
    abbreviation: 'ОБЕГ',
    kind: 'agency',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['NEMA'],
  },
  {
    slug: 'state-property-committee',
    nameMn: 'Төрийн өмчийн хороо',
    nameEn: 'State Property Committee',
    abbreviation: 'ТӨХ',
    kind: 'committee',
    parentSlug: 'government',
    adminUnitCode: null,
  },
  {
    slug: 'erdenes-mongol',
    nameMn: 'Эрдэнэс Монгол ХХК',
    nameEn: 'Erdenes Mongol LLC',
    kind: 'state-owned-enterprise',
    parentSlug: 'state-property-committee',
    adminUnitCode: null,
    aliases: ['Erdenes Mongol', 'Эрдэнэс Монгол'],
  },
  {
    slug: 'development-bank-of-mongolia',
    nameMn: 'Монгол Улсын Хөгжлийн банк',
    nameEn: 'Development Bank of Mongolia',
    kind: 'state-owned-enterprise',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Хөгжлийн банк', 'DBM'],
  },
  {
    slug: 'mongolian-railway',
    nameMn: 'Монголын төмөр зам ТӨХК',
    nameEn: 'Mongolian Railway JSC',
    kind: 'state-owned-enterprise',
    parentSlug: 'ministry-of-roads-and-transportation',
    adminUnitCode: null,
    aliases: ['Монголын төмөр зам', 'Mongolian Railway'],
  },
  {
    // A Mongolian–Russian joint venture, half owned by the state: a body with state shares under the glass-account law.
    slug: 'ulaanbaatar-railway',
    nameMn: 'Улаанбаатар төмөр зам ХНН',
    nameEn: 'Ulaanbaatar Railway JV',
    abbreviation: 'УБТЗ',
    kind: 'state-owned-enterprise',
    parentSlug: 'ministry-of-roads-and-transportation',
    adminUnitCode: null,
    aliases: ['УБТЗ', 'Улаанбаатар төмөр зам', 'UBTZ'],
  },
  {
    // 34% held by the state through Erdenes Oyu Tolgoi (2009 investment agreement).
    slug: 'oyu-tolgoi',
    nameMn: 'Оюу толгой ХХК',
    nameEn: 'Oyu Tolgoi LLC',
    kind: 'state-owned-enterprise',
    parentSlug: 'erdenes-mongol',
    adminUnitCode: '46',
    aliases: ['Оюу толгой', 'Oyu Tolgoi'],
  },

  // ---- Bodies created by the OGP action plan ---------------------------------------------------------
  {
    slug: 'ogp-working-group',
    nameMn: 'Нээлттэй засгийн түншлэлийн ажлын хэсэг', // translation
    nameEn: 'Open Government Partnership Working Group',
    kind: 'committee',
    parentSlug: 'cabinet-secretariat',
    adminUnitCode: null,
    // Established by the Prime Minister's resolution 107 of 2013 (seed, section I).
    aliases: ['Open government partnership working group', 'OGP working group'],
  },
  {
    slug: 'ogp-national-committee',
    nameMn: 'Нээлттэй засгийн түншлэлийн үндэсний хороо', // translation
    nameEn: 'OGP National Committee',
    kind: 'committee',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: [
      'OGP National Committee',
      'OGP National council',
      'OGP National Council',
      'Open Government Partnership National Committee',
    ],
  },
  {
    slug: 'ogp-independent-evaluation-council',
    nameMn: 'Нээлттэй засгийн түншлэлийн үндэсний төлөвлөгөөний хэрэгжилтийг үнэлэх хараат бус зөвлөл', // translation
    nameEn: 'Independent OGP CAP Implementation Evaluation Council',
    kind: 'council',
    parentSlug: null,
    adminUnitCode: null,
    aliases: ['Independent OGP CAP Implementation Evaluation Council', 'OGP Independent Evaluation Council'],
  },
  {
    slug: 'ogp-unit',
    nameMn: 'Засгийн газрын Хэрэг эрхлэх газрын Нээлттэй засгийн түншлэлийн нэгж', // translation
    nameEn: 'OGP Unit of the Cabinet Secretariat',
    kind: 'other',
    parentSlug: 'cabinet-secretariat',
    adminUnitCode: null,
    aliases: [
      'OGP Unit under the Cabinet Secretariat of Government of Mongolia',
      'OGP Unit under the Cabinet Secretariat',
      'OGP Unit',
    ],
  },
  {
    slug: 'national-information-transparency-committee',
    nameMn: 'Мэдээллийн ил тод байдлын үндэсний хороо', // translation
    nameEn: 'National Information Transparency Committee',
    kind: 'committee',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['National Information Transparency Commissary'],
  },

  // ---- Collective references used in the plan (kind 'other') -----------------------------------------
  {
    slug: 'all-ministries',
    nameMn: 'Бүх яам, агентлаг',
    nameEn: 'All ministries and agencies',
    kind: 'other',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['All ministries', 'Government Ministries and agencies', 'Public organizations / Ministries'],
  },
  {
    slug: 'local-governors',
    nameMn: 'Бүх шатны Засаг дарга нар',
    nameEn: 'Local governors (all levels)',
    kind: 'other',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Local governors', 'All local governors and citizen councils', 'Local authorization members'],
  },
  {
    slug: 'aimag-governors',
    nameMn: 'Аймгийн Засаг дарга нар',
    nameEn: 'Aimag governors',
    kind: 'other',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: [
      'Aimags (provencial)',
      'Aimags (provincial units) governors',
      'Aimags (provincial units)',
      'Aimags (provincial)',
      'Aimag governors',
    ],
  },
  {
    slug: 'public-administration-bodies',
    nameMn: 'Төрийн захиргааны байгууллагууд',
    nameEn: 'Public administration authorities',
    kind: 'other',
    parentSlug: 'government',
    adminUnitCode: null,
    aliases: ['Public administration Authorities', 'Public service and Public administration authorities'],
  },
  {
    slug: 'civil-society-organisations',
    nameMn: 'Иргэний нийгмийн байгууллагууд',
    nameEn: 'Civil society organisations',
    kind: 'other',
    parentSlug: null,
    adminUnitCode: null,
    aliases: [
      'Civil society organizations',
      'Civil society members',
      'Civil society',
      'NGOs, civil society organizations',
    ],
  },
  {
    slug: 'non-governmental-organisations',
    nameMn: 'Төрийн бус байгууллагууд',
    nameEn: 'Non-governmental organisations',
    abbreviation: 'ТББ',
    kind: 'other',
    parentSlug: null,
    adminUnitCode: null,
    aliases: [
      'Non-government organizations',
      'Non-government Organizations',
      'Non-governmental organizations',
      'NGOs',
    ],
  },

  // ---- The capital -----------------------------------------------------------------------------------
  {
    slug: 'capital-city-governor',
    nameMn: 'Нийслэлийн Засаг даргын Тамгын газар',
    nameEn: "Capital City Governor's Office",
    abbreviation: 'НЗДТГ',
    kind: 'local-government',
    parentSlug: 'government',
    adminUnitCode: '11',
    website: 'https://ulaanbaatar.mn',
    aliases: [
      'City Mayor governor',
      'City mayor, governor',
      'City Mayor',
      "Mayor's Office of Ulaanbaatar",
      'Governor of the Capital City and Mayor of Ulaanbaatar',
      'Нийслэлийн Засаг дарга бөгөөд Улаанбаатар хотын Захирагч',
      'Нийслэлийн Засаг дарга',
    ],
  },
  {
    slug: 'capital-city-khural',
    nameMn: 'Нийслэлийн иргэдийн Төлөөлөгчдийн Хурал',
    nameEn: "Citizens' Representatives Khural of the Capital City",
    abbreviation: 'НИТХ',
    kind: 'council',
    parentSlug: null,
    adminUnitCode: '11',
    aliases: ['Ulaanbaatar City Council', 'Capital City Council'],
  },
];

// ---- Governors' offices of the 9 districts and the 21 aimags, derived from admin-units.ts ------------

/** ASCII kebab-case from an English transliteration: 'Bayan-Ölgii' -> 'bayan-olgii'. */
function latinSlug(nameEn: string): string {
  return nameEn
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Official websites found through the search tool (only these; the others were not verified). */
const localWebsites: Readonly<Record<string, string>> = {
  '1101': 'http://bnd.ub.gov.mn', // Baganuur (Wikipedia infobox)
  '1104': 'https://www.bagakhangai.ub.gov.mn', // Bagakhangai (site found)
  '1113': 'http://www.nad.ub.gov.mn', // Nalaikh (site found)
  '1116': 'http://www.shd.mn', // Songinokhairkhan (site found)
  '1119': 'http://www.sbd.gov.mn', // Sükhbaatar district (Wikipedia, tr)
  '22': 'http://sukhbaatar.mn', // Sükhbaatar aimag (Wikipedia infobox)
  '46': 'http://www.omnogovi.gov.mn', // Ömnögovi (site found)
  '82': 'https://govi-altai.gov.mn', // Govi-Altai (site found)
  '83': 'http://www.bayan-olgii.gov.mn', // Bayan-Ölgii (site found)
};

const districtGovernors: OrganizationSeed[] = adminUnits
  .filter((u) => u.kind === 'district' && u.parentCode === '11')
  .map((u) => {
    const website = localWebsites[u.code];
    return {
      slug: `governor-district-${latinSlug(u.nameEn)}`,
      nameMn: `${u.nameMn} дүүргийн Засаг даргын Тамгын газар`,
      nameEn: `Governor's Office of ${u.nameEn} District`,
      abbreviation: 'ДЗДТГ',
      kind: 'local-government' as const,
      parentSlug: 'capital-city-governor',
      adminUnitCode: u.code,
      ...(website ? { website } : {}),
      aliases: [
        `${u.nameEn} District Governor's Office`,
        `${u.nameEn} district governor`,
        `${u.nameMn} дүүргийн ЗДТГ`,
      ],
    };
  });

const aimagGovernors: OrganizationSeed[] = adminUnits
  .filter((u) => u.kind === 'aimag')
  .map((u) => {
    const website = localWebsites[u.code];
    return {
      slug: `governor-${latinSlug(u.nameEn)}`,
      nameMn: `${u.nameMn} аймгийн Засаг даргын Тамгын газар`,
      nameEn: `Governor's Office of ${u.nameEn} Aimag`,
      abbreviation: 'АЗДТГ',
      kind: 'local-government' as const,
      parentSlug: 'government',
      adminUnitCode: u.code,
      ...(website ? { website } : {}),
      aliases: [
        `${u.nameEn} Aimag Governor's Office`,
        `${u.nameEn} Province Governor's Office`,
        `${u.nameEn} aimag governor`,
        `${u.nameMn} аймгийн ЗДТГ`,
      ],
    };
  });

export const organizations: readonly OrganizationSeed[] = [
  ...national,
  ...districtGovernors,
  ...aimagGovernors,
];
