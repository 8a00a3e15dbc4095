import type { Catalogue } from '../i18n/index.ts';

/** The texts of the form frame: the title prefix of a refused form and the body schema's problems. */
export const formMessages: Catalogue = {
  mn: {
    'forms.errorPrefix': 'Алдаа',
    'forms.problem.required': 'Энэ талбарыг бөглөнө үү',
    'forms.problem.tooLong': 'Хамгийн ихдээ {max} тэмдэгт бичнэ үү',
    'forms.problem.tooShort': 'Дор хаяж {min} тэмдэгт бичнэ үү',
    'forms.problem.invalid': 'Утга буруу байна',
  },
  en: {
    'forms.errorPrefix': 'Error',
    'forms.problem.required': 'Fill in this field',
    'forms.problem.tooLong': 'Use at most {max} characters',
    'forms.problem.tooShort': 'Use at least {min} characters',
    'forms.problem.invalid': 'This value is not valid',
  },
};
