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
    'location.legend': 'Байршил',
    'location.aimag': 'Аймаг, нийслэл',
    'location.anyAimag': 'Сонгоогүй',
    'location.soum': 'Сум, дүүрэг',
    'location.soumHint': 'Аймаг, нийслэлийнхээ доор жагсаасан сум, дүүргээс сонгоно уу.',
    'location.anySoum': 'Сонгоогүй',
    'location.point': 'Газрын зураг дээрх цэг (заавал биш)',
    'location.mapHint': 'Газрын зураг дээр дарж цэгээ тэмдэглэнэ үү: өргөрөг, уртраг, аймаг бөглөгдөнө.',
    'location.mapLabel': 'Байршил сонгох газрын зураг',
    'location.chosen': 'Сонгосон цэг: {lat}, {lon} — {aimag}',
    'location.lat': 'Өргөрөг',
    'location.latHint': 'Аравтын бутархай градусаар, жишээ нь 47.9184',
    'location.lon': 'Уртраг',
    'location.lonHint': 'Аравтын бутархай градусаар, жишээ нь 106.9177',
    'location.error.aimagUnknown': 'Жагсаалтаас аймаг, нийслэлээ сонгоно уу',
    'location.error.soumUnknown': 'Жагсаалтаас сум, дүүргээ сонгоно уу',
    'location.error.soumNotInAimag':
      '{soum} нь {aimag}-д харьяалагдахгүй: сонгосон аймгийнхаа сум, дүүргийг сонгох юм уу аймгаа засна уу',
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
    'location.legend': 'Location',
    'location.aimag': 'Aimag or capital',
    'location.anyAimag': 'Not given',
    'location.soum': 'Soum or district',
    'location.soumHint': 'Listed under their aimag or the capital.',
    'location.anySoum': 'Not given',
    'location.point': 'A point on the map (optional)',
    'location.mapHint': 'Click the map to mark the point: the latitude, longitude and aimag are filled in.',
    'location.mapLabel': 'Map for choosing the location',
    'location.chosen': 'Point chosen: {lat}, {lon} — {aimag}',
    'location.lat': 'Latitude',
    'location.latHint': 'In decimal degrees, for example 47.9184',
    'location.lon': 'Longitude',
    'location.lonHint': 'In decimal degrees, for example 106.9177',
    'location.error.aimagUnknown': 'Choose an aimag or the capital from the list',
    'location.error.soumUnknown': 'Choose a soum or district from the list',
    'location.error.soumNotInAimag':
      '{soum} is not in {aimag}: choose a soum or district of the aimag you chose, or change the aimag',
  },
};

registerMessages(componentMessages);
