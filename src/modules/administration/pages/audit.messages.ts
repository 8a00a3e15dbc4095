import { defineMessages } from '../../../platform/i18n/index.ts';

/** The audit trail search (`/admin/audit`). */
export const auditMessages = defineMessages({
  'administration.audit.title': {
    mn: 'Аудитын бүртгэл хайх',
    en: 'Search the audit trail',
  },
  'administration.audit.lead': {
    mn: 'Хэн, ямар эрхээр, юу хийсэн, аль бичлэгт, хэзээ, хаанаас. Бүртгэлд хязгаарлагдмал мэдээлэл бий тул таны хайлт бүр мөн бүртгэгдэнэ.',
    en: 'Who did what, as which role, to which record, when and from where. The trail holds restricted data, so each of your searches is recorded too.',
  },
  'administration.audit.caption': {
    mn: 'Аудитын бүртгэл, шинэ нь эхэндээ',
    en: 'Audit trail, newest first',
  },
  'administration.audit.empty': {
    mn: 'Шүүлтүүрт тохирох бичлэг алга',
    en: 'No entries match these filters',
  },
  'administration.audit.emptyHint': {
    mn: 'Шүүлтүүрийг өөрчлөх эсвэл арилгана уу.',
    en: 'Change or clear the filters.',
  },
  'administration.audit.newest': {
    mn: 'Хамгийн сүүлийнх',
    en: 'Newest',
  },
  'administration.audit.older': {
    mn: 'Өмнөх бичлэгүүд',
    en: 'Older entries',
  },
  'administration.audit.requestId': {
    mn: 'Хүсэлт',
    en: 'Request',
  },
  'administration.audit.badDate': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр оруулна уу; энэ шүүлтүүрийг хэрэглээгүй',
    en: 'Enter the date as YYYY-MM-DD; this filter was not applied',
  },
  'administration.audit.dateOrder': {
    mn: '"Хүртэл" огноо "Эхлэх" огнооноос хойш байна; энэ шүүлтүүрийг хэрэглээгүй',
    en: 'The "to" date must not be before the "from" date; this filter was not applied',
  },
  'administration.audit.badAction': {
    mn: 'Үйлдлийг жижиг латин үсгээр, жишээ нь organization.grant-role; энэ шүүлтүүрийг хэрэглээгүй',
    en: 'Enter an action in lower case, like organization.grant-role; this filter was not applied',
  },
  'administration.audit.col.at': {
    mn: 'Хэзээ',
    en: 'When',
  },
  'administration.audit.col.who': {
    mn: 'Хэн',
    en: 'Who',
  },
  'administration.audit.col.action': {
    mn: 'Юу',
    en: 'What',
  },
  'administration.audit.col.subject': {
    mn: 'Аль бичлэг',
    en: 'Which record',
  },
  'administration.audit.col.from': {
    mn: 'Хаанаас',
    en: 'From where',
  },
  'administration.audit.col.purpose': {
    mn: 'Зорилго',
    en: 'Purpose',
  },
  'administration.audit.col.details': {
    mn: 'Дэлгэрэнгүй',
    en: 'Details',
  },
  'administration.audit.filter.actor': {
    mn: 'Хэн',
    en: 'Who',
  },
  'administration.audit.filter.action': {
    mn: 'Үйлдэл',
    en: 'Action',
  },
  'administration.audit.filter.subjectType': {
    mn: 'Бичлэгийн төрөл',
    en: 'Record type',
  },
  'administration.audit.filter.subjectId': {
    mn: 'Бичлэгийн дугаар',
    en: 'Record id',
  },
  'administration.audit.filter.from': {
    mn: 'Эхлэх огноо',
    en: 'From',
  },
  'administration.audit.filter.to': {
    mn: 'Хүртэл огноо',
    en: 'To',
  },
  'administration.audit.filter.text': {
    mn: 'Дэлгэрэнгүйд агуулагдах үг',
    en: 'Text in the details',
  },
  'administration.audit.hint.actor': {
    mn: 'И-мэйл хаяг, эсвэл user:12, token:3',
    en: 'An email address, or user:12, token:3',
  },
  'administration.audit.hint.action': {
    mn: 'Жишээ нь organization.grant-role, эсвэл organization',
    en: 'For example organization.grant-role, or organization',
  },
  'administration.audit.hint.subjectType': {
    mn: 'Жишээ нь organization, role-grant, api-token',
    en: 'For example organization, role-grant, api-token',
  },
  'administration.audit.hint.subjectId': {
    mn: 'Бичлэгийн дугаар эсвэл хаяг',
    en: 'The record’s id or slug',
  },
  'administration.audit.hint.from': {
    mn: '{zone} цагийн бүсээр',
    en: 'Time in {zone}',
  },
  'administration.audit.hint.to': {
    mn: 'Энэ өдрийг оролцуулна',
    en: 'This day included',
  },
  'administration.audit.hint.text': {
    mn: 'Том жижиг үсэг ялгахгүй',
    en: 'Upper and lower case alike',
  },
});
