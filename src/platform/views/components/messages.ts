import { type Catalogue, registerMessages } from '../../i18n/index.ts';

/**
 * The words the shared components and charts say themselves (the screen-reader prefix of an error,
 * "Change" in a check-your-answers list, the 403 page, the charts' table alternative). Registered
 * when the components are first imported, so every page that renders one has them.
 */
export const componentMessages: Catalogue = {
  mn: {
    'components.error': 'Алдаа',
    'components.warning': 'Анхааруулга',
    'components.change': 'Өөрчлөх',
    'components.forbidden.title': 'Танд энэ хуудсыг үзэх эрх алга',
    'components.forbidden.body':
      'Та нэвтэрсэн боловч таны эрх энэ үйлдлийг зөвшөөрөхгүй. Эрх хэрэгтэй бол байгууллагынхаа админд хандана уу.',
    'components.forbidden.home': 'Нүүр хуудас руу буцах',
    'components.chart.table': 'Тоон мэдээллийг хүснэгтээр харах',
    'components.chart.category': 'Ангилал',
    'components.chart.value': 'Утга',
    'components.chart.share': 'Эзлэх хувь',
    'components.chart.other': 'Бусад',
  },
  en: {
    'components.error': 'Error',
    'components.warning': 'Warning',
    'components.change': 'Change',
    'components.forbidden.title': 'You do not have access to this page',
    'components.forbidden.body':
      'You are signed in, but your role does not allow this. If you need it, ask an administrator of your organisation.',
    'components.forbidden.home': 'Go to the home page',
    'components.chart.table': 'Show the figures as a table',
    'components.chart.category': 'Category',
    'components.chart.value': 'Value',
    'components.chart.share': 'Share',
    'components.chart.other': 'Other',
  },
};

registerMessages(componentMessages);
