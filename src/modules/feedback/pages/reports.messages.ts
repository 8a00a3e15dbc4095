import { defineMessages } from '../../../platform/i18n/index.ts';

/** The public scorecard and its chart (pages-reports.ts). */
export const reportMessages = defineMessages({
  'feedback.reports.title': {
    mn: 'Байгууллагуудын хариу өгөлтийн тайлан',
    en: 'How organisations answer citizens',
  },
  'feedback.reports.lead': {
    mn: 'Байгууллага, ангилал, аймаг, сар бүрээр: ирсэн, хариу өгсөн, хугацаандаа хариулсан, хариу өгөх хугацааны медиан, хугацаа хэтэрсэн, иргэдийн сэтгэл ханамж.',
    en: 'Per organisation, category, aimag and month: received, answered, answered on time, median days to answer, overdue now, and citizens’ satisfaction.',
  },
  'feedback.reports.year': { mn: 'Он', en: 'Year' },
  'feedback.reports.dataset': { mn: 'Нээлттэй өгөгдлийн каталогид', en: 'In the open data catalogue' },
  'feedback.reports.totals': { mn: 'Нийт', en: 'Totals' },
  'feedback.reports.received': { mn: 'Ирсэн', en: 'Received' },
  'feedback.reports.answered': { mn: 'Хариу өгсөн', en: 'Answered' },
  'feedback.reports.onTime': { mn: 'Хугацаандаа', en: 'On time' },
  'feedback.reports.median': { mn: 'Медиан хоног', en: 'Median days' },
  'feedback.reports.overdue': { mn: 'Одоо хэтэрсэн', en: 'Overdue now' },
  'feedback.reports.satisfaction': { mn: 'Сэтгэл ханамж (1–5)', en: 'Satisfaction (1–5)' },
  'feedback.reports.byMonth': { mn: 'Сараар', en: 'By month' },
  'feedback.reports.month': { mn: 'Сар', en: 'Month' },
  'feedback.reports.league': { mn: 'Байгууллагуудын жагсаалт', en: 'League table of organisations' },
  'feedback.reports.leagueHint': {
    mn: 'Хугацаандаа хариулсан хувиар эрэмбэлсэн.',
    en: 'Ranked by the share answered on time.',
  },
  'feedback.reports.byCategory': { mn: 'Ангиллаар', en: 'By category' },
  'feedback.reports.byAimag': { mn: 'Аймгаар', en: 'By aimag' },
  'feedback.reports.mapTitle': {
    mn: 'Аймаг бүрээс ирсэн өргөдөл, гомдол',
    en: 'Cases received from each aimag',
  },
  'feedback.reports.chartTitle': {
    mn: 'Сар бүр ирсэн болон хариу өгсөн хандлага',
    en: 'Cases received and answered each month',
  },
  'feedback.reports.chartDesc': {
    mn: 'Сүүлийн 12 сарын багана; тоонууд доорх хүснэгтэд бий.',
    en: 'Bars for the last 12 months; the figures are in the table below.',
  },
});
