import { defineMessages } from '../../../platform/i18n/index.ts';

/** The public pages: the centre's home, published cases and their moderation (pages-public.ts). */
export const publicMessages = defineMessages({
  'feedback.home.lead': {
    mn: 'Төрийн байгууллагад гомдол, өргөдөл, санал, талархал, асуулт, мэдээлэл авах хүсэлтээ гаргаарай. Хандлага бүр хариуцах байгууллагад очиж, хуулийн хугацаанд хариу өгнө.',
    en: 'Send a complaint, petition, suggestion, praise, enquiry or information request to the state. Every case goes to the organisation responsible and is answered within the statutory period.',
  },
  'feedback.home.file': { mn: 'Хандлага гаргах', en: 'File a case' },
  'feedback.home.phone': {
    mn: 'Утсаар: 11-11 (ажлын өдөр), эсвэл 11-11 төвд биечлэн.',
    en: 'By phone: 11-11 (working days), or in person at the 11-11 centre.',
  },
  'feedback.home.reports': {
    mn: 'Байгууллага бүр хэдэн хандлага хүлээн авч, хугацаандаа хариулсныг харна уу.',
    en: 'How many cases each organisation received, and how many it answered on time.',
  },
  'feedback.home.published': {
    mn: 'Иргэдийн зөвшөөрснөөр нийтэлсэн хандлага, хариу (хувийн мэдээллийг нуусан).',
    en: 'Cases and answers published with their submitters’ consent (personal data hidden).',
  },
  'feedback.home.mine': {
    mn: 'Нэвтэрч орсон бол өөрийн бүх хандлагыг нэг дор харна.',
    en: 'Signed in, see all your cases in one place.',
  },
  'feedback.home.kiosk': {
    mn: 'Том үсэгтэй, энгийн маягт — төрийн үйлчилгээний киоскод.',
    en: 'A simple form in large type, for public service kiosks.',
  },
  'feedback.home.howTitle': { mn: 'Хэрхэн ажилладаг вэ', en: 'How it works' },
  'feedback.home.how1': {
    mn: 'Хандлагаа бичиж илгээнэ. Нэр, утсаа үлдээхгүй байж болно.',
    en: 'Write your case and send it. You need not give your name or phone.',
  },
  'feedback.home.how2': {
    mn: 'Бүртгэлийн дугаар, нууц холбоос авна. Хандлага хариуцах байгууллагад шууд очно.',
    en: 'You get a tracking number and a secret link. The case goes straight to the organisation responsible.',
  },
  'feedback.home.how3': {
    mn: '30 хоногийн дотор хариу авч, хариуг үнэлнэ. Сэтгэл ханамжгүй бол дахин нээнэ.',
    en: 'You get an answer within 30 days and rate it. Not satisfied? Reopen the case.',
  },
  'feedback.home.staff': { mn: 'Албан хаагчдад:', en: 'For officials:' },
  'feedback.moderation.title': { mn: 'Нийтлэх хандлагуудыг хянах', en: 'Review cases for publication' },
  'feedback.moderation.lead': {
    mn: 'Иргэн нийтлэхийг зөвшөөрсөн, хариу өгсөн хандлагууд. Хувийн мэдээллийг автоматаар нуусан; шалгаад нийтэлнэ үү.',
    en: 'Answered cases whose submitters agreed to publication. Personal data was removed automatically; check and publish.',
  },
  'feedback.moderation.empty': { mn: 'Хянах хандлага алга.', en: 'Nothing to review.' },
  'feedback.moderation.review': { mn: '{number} хандлагыг хянах', en: 'Review case {number}' },
  'feedback.moderation.found': {
    mn: 'Автоматаар {count, plural, one {# хэсэг} other {# хэсэг}} хувийн мэдээлэл нуусан. Үлдсэн нэр, хаяг байгаа эсэхийг шалгана уу.',
    en: '{count, plural, one {# piece of personal data was} other {# pieces of personal data were}} removed automatically. Check for any name or address left.',
  },
  'feedback.moderation.text': { mn: 'Нийтлэх агуулга', en: 'Text to publish' },
  'feedback.moderation.answer': { mn: 'Нийтлэх хариу', en: 'Answer to publish' },
  'feedback.moderation.publish': { mn: 'Нийтлэх', en: 'Publish' },
  'feedback.published.title': { mn: 'Нийтэлсэн хандлагууд', en: 'Published cases' },
  'feedback.published.lead': {
    mn: 'Иргэдийн зөвшөөрснөөр, хувийн мэдээллийг нь нуун нийтэлсэн хандлага, хариу.',
    en: 'Cases and answers published with their submitters’ consent, personal data removed.',
  },
  'feedback.published.empty': {
    mn: 'Одоогоор нийтэлсэн хандлага алга.',
    en: 'No case has been published yet.',
  },
  'feedback.published.redacted': {
    mn: 'Хувийн мэдээллийг […] тэмдгээр нуусан.',
    en: 'Personal data is replaced by […].',
  },
});
