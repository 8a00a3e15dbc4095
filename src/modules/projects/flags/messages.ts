import { defineMessages } from '../../../platform/i18n/index.ts';

/** The flags' words: each flag's name and its explanation with the figures and the threshold. */
export const flagMessages = defineMessages({
  'projects.flags.title': { mn: 'Анхаарах төслүүд', en: 'Project flags' },
  'projects.flags.lead': {
    mn: 'Зээлийн олголт биет гүйцэтгэлээс түрүүлсэн, төсөв эсвэл хугацаа ТЭЗҮ-ээс хэтэрсэн, сүүлийн үеийн гүйцэтгэлийн тайлангаа ирүүлээгүй төслүүд. Босго нь улсын тохиргооноос.',
    en: 'Projects whose loans are drawn ahead of the works, whose budget or schedule exceeds the feasibility study, or which have not reported on the last period. The thresholds come from the country pack.',
  },
  'projects.flags.count': {
    mn: '{count, plural, one {# төсөл анхааруулгатай} other {# төсөл анхааруулгатай}}',
    en: '{count, plural, one {# project flagged} other {# projects flagged}}',
  },
  'projects.flags.none': { mn: 'Анхааруулгатай төсөл алга', en: 'No project is flagged' },
  'projects.flags.sectionTitle': { mn: 'Анхааруулга', en: 'Flags' },
  'projects.flags.project': { mn: 'Төсөл', en: 'Project' },
  'projects.flags.flag': { mn: 'Анхааруулга', en: 'Flag' },
  'projects.flags.explanation': { mn: 'Тайлбар', en: 'Explanation' },
  'projects.flags.kind.disbursement-ahead': {
    mn: 'Олголт гүйцэтгэлээс түрүүлсэн',
    en: 'Disbursement ahead of progress',
  },
  'projects.flags.kind.cost-overrun': { mn: 'Өртөг хэтэрсэн', en: 'Cost overrun' },
  'projects.flags.kind.schedule-overrun': { mn: 'Хугацаа хэтэрсэн', en: 'Schedule overrun' },
  'projects.flags.kind.report-missing': { mn: 'Тайлан ирүүлээгүй', en: 'Progress report missing' },
  'projects.flags.explain.disbursement-ahead': {
    mn: 'Төслийн {currency} зээлийн {drawn}% олгогдсон боловч сүүлийн тайлангаар ажлын биет гүйцэтгэл {physical}% байна: {gap} нэгж хувиар хоцорсон. Олголт {minimum}%-иас давмагц {threshold} нэгж хувь буюу түүнээс их зөрүүг анхааруулна.',
    en: '{drawn}% of the project’s {currency} loans has been drawn, but the latest progress report puts the works at {physical}%: {gap} percentage points behind. A gap of {threshold} points or more is flagged once at least {minimum}% is drawn.',
  },
  'projects.flags.explain.cost-overrun': {
    mn: 'Одоогийн төсөв {budget} нь ТЭЗҮ-ийн тооцсон {estimate}-өөс {overrun}%-иар их байна. {threshold}%-иас их зөрүүг анхааруулна.',
    en: 'The budget now stands at {budget}, {overrun}% above the {estimate} the feasibility study estimated. More than {threshold}% is flagged.',
  },
  'projects.flags.explain.schedule-overrun': {
    mn: 'Ажлыг {planned} сард хийхээр төлөвлөсөн нь ТЭЗҮ-ийн {study} сараас {overrun}%-иар урт байна. {threshold}%-иас их зөрүүг анхааруулна.',
    en: 'The works are planned to take {planned} months, {overrun}% longer than the {study} months of the feasibility study. More than {threshold}% is flagged.',
  },
  'projects.flags.explain.report-missing': {
    mn: '{start}-аас {end} хүртэлх үеийн гүйцэтгэлийн тайлан {due}-ны дотор ирэх ёстой байсан ч алга. Тайланг {months} сар тутам, үе дууссанаас хойш {days} хоногийн дотор гаргана. Сүүлийн тайлан: {last}.',
    en: 'No progress report covers {start} to {end}; it was due by {due}. Reports are due every {months} months, within {days} days of the period’s end. Last report: {last}.',
  },
  'projects.flags.neverReported': { mn: 'тайлан огт ирүүлээгүй', en: 'none ever' },
  'projects.flags.source': { mn: 'Босгын эх сурвалж:', en: 'Source of the thresholds:' },
  'projects.flags.unconfirmed': {
    mn: '(батлагдаагүй: {note})',
    en: '(not confirmed: {note})',
  },
});
