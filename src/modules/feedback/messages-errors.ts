import { defineMessages } from '../../platform/i18n/index.ts';

/** The commands' field problems (message keys of `FieldProblem`s) and the forms' own. */
export const errorMessages = defineMessages({
  'feedback.error.kindMissing': {
    mn: 'Хандлагын төрлийг сонгоно уу',
    en: 'Choose what kind of case this is',
  },
  'feedback.error.kindUnknown': { mn: 'Ийм төрлийн хандлага байхгүй', en: 'There is no such kind of case' },
  'feedback.error.categoryMissing': { mn: 'Ангиллыг сонгоно уу', en: 'Choose a category' },
  'feedback.error.categoryUnknown': { mn: 'Ийм ангилал байхгүй', en: 'There is no such category' },
  'feedback.error.subjectMissing': { mn: 'Гарчгийг бичнэ үү', en: 'Enter a subject' },
  'feedback.error.bodyMissing': { mn: 'Хандлагынхаа агуулгыг бичнэ үү', en: 'Describe your case' },
  'feedback.error.tooLong': { mn: 'Хэт урт байна', en: 'This is too long' },
  'feedback.error.markup': {
    mn: 'HTML код, скрипт оруулах боломжгүй; энгийн текстээр бичнэ үү',
    en: 'HTML and script cannot be entered; write plain text',
  },
  'feedback.error.control': {
    mn: 'Хэвлэгдэхгүй тэмдэгт агуулж байна',
    en: 'This contains characters that cannot be printed',
  },
  'feedback.error.aimagUnknown': {
    mn: 'Ийм аймаг, дүүрэг байхгүй',
    en: 'There is no such aimag or district',
  },
  'feedback.error.soum': {
    mn: 'Сумын кодыг 4–6 оронтой тоогоор оруулна уу',
    en: 'Enter the soum code as 4 to 6 digits',
  },
  'feedback.error.soumAimag': {
    mn: 'Сумын код сонгосон аймагт хамаарахгүй байна',
    en: 'The soum code is not in the chosen aimag',
  },
  'feedback.error.coordinate': {
    mn: 'Солбицлыг аравтын бутархай тоогоор оруулна уу',
    en: 'Enter the coordinate as a decimal number',
  },
  'feedback.error.coordinatePair': {
    mn: 'Өргөрөг, уртраг хоёуланг нь оруулна уу',
    en: 'Enter both latitude and longitude',
  },
  'feedback.error.outside': {
    mn: 'Байршил Монгол Улсын нутаг дэвсгэрээс гадуур байна',
    en: 'The location is outside Mongolia',
  },
  'feedback.error.email': {
    mn: 'И-мэйл хаягийг name@example.mn хэлбэрээр оруулна уу',
    en: 'Enter an email address like name@example.mn',
  },
  'feedback.error.phone': {
    mn: 'Утасны дугаарыг цифрээр оруулна уу',
    en: 'Enter the phone number in digits',
  },
  'feedback.error.registerNumber': {
    mn: 'Регистрийн дугаарыг хоёр үсэг, найман цифрээр оруулна уу (АБ12345678)',
    en: 'Enter the register number as two letters and eight digits (АБ12345678)',
  },
  'feedback.error.idempotencyKey': {
    mn: 'Idempotency-Key нь 8–100 үсэг, цифр, -_.: тэмдэгт байна',
    en: 'Idempotency-Key must be 8 to 100 letters, digits or -_.:',
  },
  'feedback.error.notOpen': {
    mn: 'Энэ хандлага шийдвэрлэгдэж дууссан байна',
    en: 'This case has already been settled',
  },
  'feedback.error.assignee': {
    mn: 'Энэ хүн тухайн байгууллагын хариуцагч биш байна',
    en: 'This person does not answer cases for the organisation',
  },
  'feedback.error.noteMissing': { mn: 'Тэмдэглэлээ бичнэ үү', en: 'Write the note' },
  'feedback.error.questionMissing': {
    mn: 'Иргэнээс юу асуухаа бичнэ үү',
    en: 'Write what you need to ask the submitter',
  },
  'feedback.error.reasonMissing': { mn: 'Шалтгааныг бичнэ үү', en: 'Give the reason' },
  'feedback.error.extensionDays': {
    mn: 'Сунгах хоногийг 1–30 хооронд оруулна уу',
    en: 'Enter the days of the extension, from 1 to 30',
  },
  'feedback.error.alreadyExtended': {
    mn: 'Хугацааг нэг удаа л сунгах боломжтой; аль хэдийн сунгасан байна',
    en: 'The deadline can be extended once only, and already was',
  },
  'feedback.error.extendOverdue': {
    mn: 'Хугацаа хэтэрсэн хандлагын хугацааг сунгах боломжгүй',
    en: 'An overdue case cannot be extended',
  },
  'feedback.error.answerMissing': { mn: 'Хариугаа бичнэ үү', en: 'Write the answer' },
  'feedback.error.closeUnanswered': {
    mn: 'Хариу өгөөгүй хандлагыг хаах боломжгүй',
    en: 'A case cannot be closed before it is answered',
  },
  'feedback.error.organizationUnknown': {
    mn: 'Шилжүүлэх байгууллагыг сонгоно уу',
    en: 'Choose the organisation to transfer the case to',
  },
  'feedback.error.sameOrganization': {
    mn: 'Хандлага аль хэдийн энэ байгууллагад байна',
    en: 'The case is with this organisation already',
  },
  'feedback.error.informationMissing': {
    mn: 'Нэмэлт мэдээллээ бичнэ үү',
    en: 'Write the information asked for',
  },
  'feedback.error.noQuestion': {
    mn: 'Танаас одоогоор нэмэлт мэдээлэл хүсээгүй байна',
    en: 'No further information has been asked of you',
  },
  'feedback.error.rating': { mn: 'Үнэлгээг 1-ээс 5 хооронд сонгоно уу', en: 'Choose a rating from 1 to 5' },
  'feedback.error.notAnswered': {
    mn: 'Хариу ирээгүй байхад үнэлэх боломжгүй',
    en: 'The case cannot be rated before it is answered',
  },
  'feedback.error.alreadyRated': {
    mn: 'Та энэ хариуг аль хэдийн үнэлсэн байна',
    en: 'You have rated this answer already',
  },
  'feedback.error.reopenClosed': {
    mn: 'Хариу авснаас хойш 30 хоногийн дотор л дахин нээх боломжтой',
    en: 'A case can be reopened only within 30 days of its answer',
  },
  'feedback.error.publishedText': { mn: 'Нийтлэх текстийг бичнэ үү', en: 'Enter the text to publish' },
  'feedback.error.stillPersonal': {
    mn: 'Текстэд хувь хүний мэдээлэл (нэр, утас, и-мэйл, регистр) үлдсэн байна',
    en: 'The text still holds personal data (a name, phone, email or register number)',
  },
  'feedback.error.noConsent': {
    mn: 'Иргэн нийтлэхийг зөвшөөрөөгүй байна',
    en: 'The submitter did not agree to publication',
  },
  'feedback.error.attachmentCount': {
    mn: 'Хамгийн ихдээ 5 файл хавсаргана уу',
    en: 'Attach at most 5 files',
  },
  'feedback.error.attachmentQuota': {
    mn: 'Нэвтрэлгүйгээр энэ сүлжээнээс илгээх файлын өнөөдрийн хязгаарт хүрлээ: цөөн эсвэл жижиг файл хавсаргах, эсвэл нэвтэрч орж илгээнэ үү',
    en: 'These files would pass today’s limit for files sent without signing in from this connection: attach fewer or smaller files, or sign in',
  },
  'feedback.error.attachment': {
    mn: 'Файлыг хүлээн авах боломжгүй: зөвхөн JPEG, PNG, WebP зураг эсвэл PDF, 10 MB хүртэл, хоосон биш',
    en: 'A file cannot be accepted: only JPEG, PNG or WebP pictures or PDF, up to 10 MB, not empty',
  },
  'feedback.error.channel': { mn: 'Сувгийг сонгоно уу', en: 'Choose the channel' },
});
