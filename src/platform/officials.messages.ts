import { defineMessages } from './i18n/index.ts';

/**
 * The register of officials' problems (`officials.ts`), both languages side by side: every module
 * that records a term refuses with these keys.
 */
export const officialsRegisterMessages = defineMessages({
  'officials.error.slug': {
    mn: 'Латин жижиг үсэг, цифрийг зураасаар холбож бичнэ үү',
    en: 'Use lower-case letters and digits joined by hyphens',
  },
  'officials.error.slugOtherPerson': {
    mn: 'Энэ таних нэр “{name}”-д хамаарна; өөр нэр сонгоно уу',
    en: 'This identifier belongs to “{name}”; choose another',
  },
  'officials.error.missing': { mn: 'Энэ талбарыг бөглөнө үү', en: 'Fill in this field' },
  'officials.error.tooLong': {
    mn: 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    en: 'Use at most {max} characters',
  },
  'officials.error.date': { mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ үү', en: 'Enter a date as YYYY-MM-DD' },
  'officials.error.endsBeforeStart': {
    mn: 'Дууссан өдөр эхэлсэн өдрөөс өмнө байж болохгүй',
    en: 'The last day cannot be before the first',
  },
  'officials.error.termExists': {
    mn: 'Энэ хүн энэ албан тушаалд энэ өдрөөс эхэлсэн нь бүртгэгдсэн байна',
    en: 'This person’s term in this post from this day is already recorded',
  },
  'officials.error.noTerm': { mn: 'Энэ хугацаа бүртгэгдээгүй байна', en: 'There is no such term' },
  'officials.error.noOfficial': {
    mn: 'Энэ албан тушаалтан бүртгэгдээгүй байна',
    en: 'There is no such official',
  },
  'officials.error.accountTaken': {
    mn: 'Энэ бүртгэл өөр албан тушаалтанд ({official}) холбогдсон байна',
    en: 'This account is linked to another official ({official})',
  },
});
