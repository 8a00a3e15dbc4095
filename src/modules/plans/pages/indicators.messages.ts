import { defineMessages } from '../../../platform/i18n/index.ts';

/** Performance indicators: definitions, values and the trend. */
export const indicatorMessages = defineMessages({
  'plans.indicators.title': {
    mn: 'Байгууллагын гүйцэтгэлийн шалгуур үзүүлэлт',
    en: 'Performance indicators of organisations',
  },
  'plans.indicators.lead': {
    mn: 'Иргэдэд чиглэсэн шалгуур үзүүлэлт (амлалт 3.3.1.2): тодорхойлолт, зорилт, үе бүрийн бодит гүйцэтгэл.',
    en: 'Citizen-targeted indicators (commitment 3.3.1.2): definitions, targets and the actual value of each period.',
  },
  'plans.indicators.new': { mn: 'Шалгуур үзүүлэлт тодорхойлох', en: 'Define an indicator' },
  'plans.indicators.empty': { mn: 'Шалгуур үзүүлэлт бүртгээгүй байна.', en: 'No indicator is defined yet.' },
  'plans.indicators.periods': {
    mn: '{count, plural, one {# үе} other {# үе}}',
    en: '{count, plural, one {# period} other {# periods}}',
  },
  'plans.indicators.forbidden': {
    mn: 'Та аль ч байгууллагын шалгуур үзүүлэлтийг хөтлөх эрхгүй.',
    en: 'You may not keep the indicators of any organisation.',
  },
  'plans.indicators.nameMn': { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
  'plans.indicators.nameEn': { mn: 'Нэр (англи)', en: 'Name (English)' },
  'plans.indicators.definition': { mn: 'Тодорхойлолт', en: 'Definition' },
  'plans.indicators.definitionHint': {
    mn: 'Юуг хэрхэн хэмжих, эх сурвалж.',
    en: 'What is measured, how, and from which source.',
  },
  'plans.indicators.unit': { mn: 'Хэмжих нэгж', en: 'Unit' },
  'plans.indicators.unitHint': { mn: 'жишээ нь %, хоног, тоо', en: 'e.g. %, days, count' },
  'plans.indicators.direction': { mn: 'Чиг хандлага', en: 'Direction' },
  'plans.indicators.direction.increase': { mn: 'Их байх тусам сайн', en: 'Higher is better' },
  'plans.indicators.direction.decrease': { mn: 'Бага байх тусам сайн', en: 'Lower is better' },
  'plans.indicators.define': { mn: 'Тодорхойлох', en: 'Define' },
  'plans.indicators.noValues': { mn: 'Одоогоор утга тайлагнаагүй.', en: 'No value is reported yet.' },
  'plans.indicators.report': { mn: 'Үеийн утга тайлагнах', en: 'Report a period' },
  'plans.indicators.period': { mn: 'Үе', en: 'Period' },
  'plans.indicators.periodHint': {
    mn: 'Он (2015), хагас жил (2015-H1), улирал (2015-Q3) эсвэл сар (2015-07).',
    en: 'A year (2015), a half (2015-H1), a quarter (2015-Q3) or a month (2015-07).',
  },
  'plans.indicators.target': { mn: 'Зорилт', en: 'Target' },
  'plans.indicators.actual': { mn: 'Гүйцэтгэл', en: 'Actual' },
  'plans.indicators.note': { mn: 'Тайлбар', en: 'Note' },
  'plans.indicators.save': { mn: 'Хадгалах', en: 'Save' },
  'plans.indicators.legendActual': {
    mn: 'Тасралтгүй шугам, дугуй: гүйцэтгэл',
    en: 'Solid line, dots: actual',
  },
  'plans.indicators.legendTarget': {
    mn: 'Тасархай шугам, дөрвөлжин: зорилт',
    en: 'Dashed line, squares: target',
  },
  'plans.indicators.error.definition': { mn: 'Тодорхойлолтыг бичнэ үү.', en: 'Enter the definition.' },
  'plans.indicators.error.unit': {
    mn: 'Хэмжих нэгжийг (50 тэмдэгт хүртэл) бичнэ үү.',
    en: 'Enter the unit (up to 50 characters).',
  },
  'plans.indicators.error.period': {
    mn: 'Үеийг 2015, 2015-H1, 2015-Q3 эсвэл 2015-07 хэлбэрээр бичнэ үү.',
    en: 'Enter the period as 2015, 2015-H1, 2015-Q3 or 2015-07.',
  },
  'plans.indicators.error.number': { mn: 'Тоо оруулна уу, жишээ нь 12.5.', en: 'Enter a number, e.g. 12.5.' },
  'plans.indicators.error.value': {
    mn: 'Зорилт эсвэл гүйцэтгэлийн аль нэгийг оруулна уу.',
    en: 'Enter a target or an actual value.',
  },
});
