import { defineMessages } from '../../platform/i18n/index.ts';

/** The texts of the form where a body's own staff correct its details, and of its problems. */
export const editMessages = defineMessages({
  'organizations.title': { mn: 'Төрийн байгууллагууд', en: 'Public bodies' },
  'organizations.edit.title': { mn: 'Мэдээлэл засах', en: 'Edit details' },
  'organizations.edit.submit': { mn: 'Хадгалах', en: 'Save' },
  'organizations.field.nameMn': { mn: 'Нэр (монгол)', en: 'Name (Mongolian)' },
  'organizations.field.nameEn': { mn: 'Нэр (англи)', en: 'Name (English)' },
  'organizations.field.abbreviation': { mn: 'Товчлол', en: 'Abbreviation' },
  'organizations.field.website': { mn: 'Цахим хуудас', en: 'Website' },
  'organizations.field.email': { mn: 'Байгууллагын и-мэйл', en: 'Organisation email' },
  'organizations.field.phone': { mn: 'Утас', en: 'Phone' },
  'organizations.field.address': { mn: 'Хаяг', en: 'Address' },
  'organizations.error.nameMissing': { mn: 'Нэрийг оруулна уу', en: 'Enter the name' },
  'organizations.error.tooLong': { mn: 'Хэт урт байна', en: 'This is too long' },
  'organizations.error.website': {
    mn: 'Цахим хуудасны хаягийг https://… хэлбэрээр оруулна уу',
    en: 'Enter the website as https://…',
  },
  'organizations.error.email': {
    mn: 'И-мэйл хаягийг name@example.mn хэлбэрээр оруулна уу',
    en: 'Enter an email address in the form name@example.mn',
  },
  'organizations.error.phone': {
    mn: 'Утасны дугаарыг зөвхөн цифр, +, зай, хаалт ашиглан оруулна уу',
    en: 'Enter the phone number with digits, +, spaces and brackets only',
  },
});
