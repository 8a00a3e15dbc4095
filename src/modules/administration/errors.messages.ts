import { defineMessages } from '../../platform/i18n/index.ts';

/** The commands’ field problems (`administration.error.*`). */
export const errorMessages = defineMessages({
  'administration.error.emailMissing': {
    mn: 'И-мэйл хаягаа оруулна уу',
    en: 'Enter an email address',
  },
  'administration.error.emailInvalid': {
    mn: 'И-мэйл хаягийг нэр@жишээ.mn хэлбэрээр оруулна уу',
    en: 'Enter an email address like name@example.mn',
  },
  'administration.error.roleMissing': {
    mn: 'Эрхээ сонгоно уу',
    en: 'Choose a role',
  },
  'administration.error.roleUnknown': {
    mn: 'Жагсаалтаас эрх сонгоно уу',
    en: 'Choose a role from the list',
  },
  'administration.error.roleNotOrganization': {
    mn: 'Байгууллагын админ зөвхөн нийтлэгч, хариу өгөгч, админ эрх олгоно. Үндэсний эрхийг системийн админ олгоно.',
    en: 'An organisation’s administrators grant only publisher, responder and administrator roles. National roles are granted by a platform administrator.',
  },
  'administration.error.roleNotNational': {
    mn: 'Энд зөвхөн үндэсний эрх олгоно. Байгууллагын эрхийг тухайн байгууллагын гишүүдийн хуудсаас олгоно уу.',
    en: 'Only national roles are granted here. Grant organisation roles on that organisation’s members page.',
  },
  'administration.error.beyondReach': {
    mn: 'Танд бүх харьяа байгууллагыг удирдах эрх байхгүй тул харьяа байгууллагуудад хамаарах эрх олгох боломжгүй. Сонголтыг арилгана уу.',
    en: 'You do not administer all of its sub-organisations, so you cannot grant a role that reaches them. Untick the box.',
  },
  'administration.error.notMember': {
    mn: 'Энэ байгууллагын гишүүдээс сонгоно уу. Шинэ хүнийг урилгаар нэмнэ.',
    en: 'Choose one of this organisation’s members. New people are invited.',
  },
  'administration.error.alreadyHolds': {
    mn: 'Энэ хүн энэ эрхийг аль хэдийн эзэмшиж байна',
    en: 'This person already holds this role',
  },
  'administration.error.tooManyInvitations': {
    mn: 'Та нэг цагийн дотор хэт олон урилга илгээлээ. {minutes, plural, one {# минутын} other {# минутын}} дараа дахин оролдоно уу.',
    en: 'You have sent too many invitations in the last hour. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'administration.error.lastAdministrator': {
    mn: 'Энэ бол байгууллагын сүүлчийн админ тул эрхийг цуцлах боломжгүй: байгууллага админгүй үлдэх ёсгүй. Эхлээд өөр хүнд админ эрх олгоно уу.',
    en: 'This is the organisation’s last administrator, so the role cannot be revoked: an organisation must never be left without one. Make someone else administrator first.',
  },
  'administration.error.lastAdministratorSelf': {
    mn: 'Та энэ байгууллагын сүүлчийн админ тул өөрийн эрхийг цуцлах боломжгүй: байгууллага админгүй үлдэх ёсгүй. Эхлээд өөр хүнд админ эрх олгоно уу.',
    en: 'You are this organisation’s last administrator, so you cannot revoke your own role: an organisation must never be left without one. Make someone else administrator first.',
  },
  'administration.error.lastPlatformAdministrator': {
    mn: 'Энэ бол сүүлчийн системийн админ тул эрхийг цуцлах боломжгүй. Эхлээд өөр хүнд системийн админ эрх олгоно уу.',
    en: 'This is the last platform administrator, so the role cannot be revoked. Make someone else platform administrator first.',
  },
  'administration.error.lastPlatformAdministratorSelf': {
    mn: 'Та сүүлчийн системийн админ тул өөрийн эрхийг цуцлах боломжгүй. Эхлээд өөр хүнд системийн админ эрх олгоно уу.',
    en: 'You are the last platform administrator, so you cannot revoke your own role. Make someone else platform administrator first.',
  },
  'administration.error.noAccount': {
    mn: 'Энэ хаягаар бүртгэл алга. Тухайн хүн эхлээд бүртгүүлж, хаягаа баталгаажуулах ёстой.',
    en: 'There is no account with this address. The person must sign up and confirm their address first.',
  },
  'administration.error.unverified': {
    mn: 'Энэ бүртгэлийн и-мэйл хаяг баталгаажаагүй байна. Баталгаажсаны дараа олгоно уу.',
    en: 'This account has not confirmed its email address yet. Grant the role once it has.',
  },
  'administration.error.disabled': {
    mn: 'Энэ бүртгэл идэвхгүй болсон байна',
    en: 'This account is disabled',
  },
  'administration.error.nameMissing': {
    mn: 'Нэрээ оруулна уу',
    en: 'Enter your name',
  },
  'administration.error.nameLong': {
    mn: 'Нэр 200 тэмдэгтээс ихгүй байна',
    en: 'The name must be 200 characters or fewer',
  },
  'administration.error.passwordShort': {
    mn: 'Нууц үг дор хаяж 10 тэмдэгт байна',
    en: 'The password must be at least 10 characters',
  },
  'administration.error.passwordLong': {
    mn: 'Нууц үг 200 тэмдэгтээс ихгүй байна',
    en: 'The password must be 200 characters or fewer',
  },
  'administration.error.passwordLikeEmail': {
    mn: 'Нууц үгэнд и-мэйл хаягаа бүү оруулаарай',
    en: 'Do not put your email address in your password',
  },
  'administration.error.tokenNameMissing': {
    mn: 'Түлхүүрийн нэрийг оруулна уу',
    en: 'Enter a name for the token',
  },
  'administration.error.tokenNameLong': {
    mn: 'Нэр 100 тэмдэгтээс ихгүй байна',
    en: 'The name must be 100 characters or fewer',
  },
  'administration.error.scopesMissing': {
    mn: 'Дор хаяж нэг үйлдэл сонгоно уу',
    en: 'Choose at least one action',
  },
  'administration.error.scopeUnknown': {
    mn: 'Жагсаалтад буй үйлдлүүдээс сонгоно уу',
    en: 'Choose actions from the list',
  },
  'administration.error.expiryMissing': {
    mn: 'Дуусах огноог оруулна уу',
    en: 'Enter the date the token stops working',
  },
  'administration.error.expiryInvalid': {
    mn: 'Огноог ОООО-СС-ӨӨ хэлбэрээр оруулна уу, жишээ нь 2026-03-31',
    en: 'Enter the date as YYYY-MM-DD, for example 2026-03-31',
  },
  'administration.error.expiryPast': {
    mn: 'Дуусах огноо маргаашаас хойш байна',
    en: 'The date must be tomorrow or later',
  },
  'administration.error.expiryTooFar': {
    mn: 'Түлхүүр нэг жилээс урт хугацаанд хүчинтэй байж болохгүй',
    en: 'A token cannot be valid for more than one year',
  },
  'administration.error.noSecondFactor': {
    mn: 'Энэ бүртгэлд хоёр шатлалт баталгаажуулалт тохируулаагүй байна',
    en: 'This account has no two-step verification set up',
  },
  'administration.error.reasonMissing': {
    mn: 'Шалтгааныг бичнэ үү',
    en: 'Enter the reason',
  },
  'administration.error.reasonLong': {
    mn: 'Шалтгаан {max, plural, one {# тэмдэгтээс} other {# тэмдэгтээс}} ихгүй байна',
    en: 'The reason must be {max, plural, one {# character} other {# characters}} or fewer',
  },
});
