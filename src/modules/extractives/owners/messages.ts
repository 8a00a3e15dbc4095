import { defineMessages } from '../../../platform/i18n/index.ts';

/** The texts of the register of beneficial owners, both languages side by side. */
export const ownersMessages = defineMessages({
  'extractives.owners.title': { mn: 'Эцсийн өмчлөгчид', en: 'Beneficial owners' },
  'extractives.owners.lead': {
    mn: 'Тусгай зөвшөөрөл эзэмшигчдийг эцсийн дүндээ хэн эзэмшиж, хянадаг вэ: хүмүүс, хуулийн этгээдүүд, төр. BODS 0.4 стандартаар нийтэлнэ.',
    en: 'Who ultimately owns or controls licence holders: people, legal entities and States. Published as BODS 0.4.',
  },
  'extractives.owners.count': {
    mn: '{count, plural, one {# хуулийн этгээд} other {# хуулийн этгээд}}',
    en: '{count, plural, one {# legal entity} other {# legal entities}}',
  },
  'extractives.owners.caption': {
    mn: 'Өмчлөгч нь мэдүүлэгдсэн хуулийн этгээдүүд',
    en: 'Legal entities with declared owners',
  },
  'extractives.owners.empty': { mn: 'Өмчлөгч мэдүүлэгдээгүй', en: 'No owners declared' },
  'extractives.owners.emptyHint': {
    mn: 'Шүүлтүүрээ цэвэрлэж дахин оролдоно уу.',
    en: 'Clear the filters and try again.',
  },
  'extractives.owners.filter.q': { mn: 'Нэр', en: 'Name' },
  'extractives.owners.filter.pep': {
    mn: 'Улс төрд нөлөө бүхий өмчлөгчтэй',
    en: 'With a politically exposed owner',
  },
  'extractives.owners.filter.state': { mn: 'Төр шууд эзэмшдэг', en: 'Owned directly by a State' },
  'extractives.owners.bodsAll': {
    mn: 'Бүх мэдүүлэг (BODS 0.4, JSON)',
    en: 'All statements (BODS 0.4, JSON)',
  },
  'extractives.owners.bodsOne': {
    mn: 'Энэ сүлжээний мэдүүлэг (BODS 0.4, JSON)',
    en: 'This network’s statements (BODS 0.4, JSON)',
  },
  'extractives.owners.entityTitle': { mn: '{name}: эцсийн өмчлөгчид', en: '{name}: beneficial owners' },
  'extractives.owners.identifier': { mn: 'Бүртгэлийн дугаар', en: 'Registration number' },
  'extractives.owners.noIdentifier': {
    mn: 'Бүртгэгдээгүй (нэрээр нь л ирсэн)',
    en: 'Not recorded (known by name only)',
  },
  'extractives.owners.none': {
    mn: 'Энэ хуулийн этгээдийн өмчлөгч мэдүүлэгдээгүй байна.',
    en: 'No owner of this legal entity has been declared.',
  },
  'extractives.owners.graph': { mn: 'Өмчлөлийн бүтэц', en: 'Ownership structure' },
  'extractives.owners.graphTitle': { mn: '{name}-ийн өмчлөлийн бүтэц', en: 'Ownership structure of {name}' },
  'extractives.owners.graphCaption': {
    mn: 'Доор нь хуулийн этгээд, дээр нь өмчлөгчид; сум бүр ашиг сонирхол, хувийг заана. Улаан хүрээтэй нь улс төрд нөлөө бүхий хүн.',
    en: 'The entity at the bottom, its owners above; each arrow gives the interest and share. A red border marks a politically exposed person.',
  },
  'extractives.owners.chains': { mn: 'Өмчлөлийн гинжин холбоос', en: 'Chains of ownership' },
  'extractives.owners.owns': { mn: 'Энэ хуулийн этгээдийн эзэмшдэг', en: 'What this entity owns' },
  'extractives.owners.state': { mn: '{country} улс', en: 'State of {country}' },
  'extractives.owners.pep': { mn: 'Улс төрд нөлөө бүхий', en: 'Politically exposed' },
  'extractives.owners.yes': { mn: 'Тийм', en: 'Yes' },
  'extractives.owners.no': { mn: 'Үгүй', en: 'No' },
  'extractives.owners.choose': { mn: 'Сонгох', en: 'Choose' },
  'extractives.owners.kind.entity': { mn: 'Хуулийн этгээд', en: 'Legal entity' },
  'extractives.owners.kind.person': { mn: 'Хувь хүн', en: 'Natural person' },
  'extractives.owners.kind.state': { mn: 'Төр', en: 'State' },
  'extractives.owners.pepStatus.isPep': { mn: 'Улс төрд нөлөө бүхий', en: 'Politically exposed' },
  'extractives.owners.pepStatus.isNotPep': { mn: 'Улс төрд нөлөө бүхий биш', en: 'Not politically exposed' },
  'extractives.owners.pepStatus.unknown': { mn: 'Тодорхойгүй', en: 'Unknown' },
  'extractives.owners.direct.direct': { mn: 'Шууд', en: 'Direct' },
  'extractives.owners.direct.indirect': { mn: 'Шууд бус', en: 'Indirect' },
  'extractives.owners.direct.unknown': { mn: 'Тодорхойгүй', en: 'Unknown' },
  'extractives.owners.source.selfDeclaration': { mn: 'Өөрийн мэдүүлэг', en: 'Self-declaration' },
  'extractives.owners.source.officialRegister': { mn: 'Албан ёсны бүртгэл', en: 'Official register' },
  'extractives.owners.source.thirdParty': { mn: 'Гуравдагч этгээд', en: 'Third party' },
  'extractives.owners.source.primaryResearch': { mn: 'Анхдагч судалгаа', en: 'Primary research' },
  'extractives.owners.source.verified': { mn: 'Баталгаажсан', en: 'Verified' },
  'extractives.owners.interest.shareholding': { mn: 'Хувьцаа эзэмшил', en: 'Shareholding' },
  'extractives.owners.interest.votingRights': { mn: 'Саналын эрх', en: 'Voting rights' },
  'extractives.owners.interest.appointmentOfBoard': {
    mn: 'ТУЗ-ийг томилох эрх',
    en: 'Appointment of the board',
  },
  'extractives.owners.interest.otherInfluenceOrControl': {
    mn: 'Бусад нөлөө, хяналт',
    en: 'Other influence or control',
  },
  'extractives.owners.interest.seniorManagingOfficial': {
    mn: 'Ахлах удирдах албан тушаалтан',
    en: 'Senior managing official',
  },
  'extractives.owners.interest.settlor': { mn: 'Итгэмжлэл үүсгэгч', en: 'Settlor' },
  'extractives.owners.interest.trustee': { mn: 'Итгэмжлэгдсэн этгээд', en: 'Trustee' },
  'extractives.owners.interest.protector': { mn: 'Хамгаалагч', en: 'Protector' },
  'extractives.owners.interest.beneficiaryOfLegalArrangement': {
    mn: 'Эрх зүйн зохицуулалтын ашиг хүртэгч',
    en: 'Beneficiary of a legal arrangement',
  },
  'extractives.owners.interest.rightsToSurplusAssetsOnDissolution': {
    mn: 'Татан буулгахад үлдэх хөрөнгийн эрх',
    en: 'Rights to surplus assets on dissolution',
  },
  'extractives.owners.interest.rightsToProfitOrIncome': {
    mn: 'Ашиг, орлогын эрх',
    en: 'Rights to profit or income',
  },
  'extractives.owners.interest.rightsGrantedByContract': {
    mn: 'Гэрээгээр олгосон эрх',
    en: 'Rights granted by contract',
  },
  'extractives.owners.interest.conditionalRightsGrantedByContract': {
    mn: 'Гэрээгээр олгосон болзолт эрх',
    en: 'Conditional rights granted by contract',
  },
  'extractives.owners.interest.controlViaCompanyRulesOrArticles': {
    mn: 'Дүрмээр дамжсан хяналт',
    en: 'Control via company rules or articles',
  },
  'extractives.owners.interest.controlByLegalFramework': {
    mn: 'Хуулиар тогтоосон хяналт',
    en: 'Control by legal framework',
  },
  'extractives.owners.interest.boardMember': { mn: 'ТУЗ-ийн гишүүн', en: 'Board member' },
  'extractives.owners.interest.boardChair': { mn: 'ТУЗ-ийн дарга', en: 'Board chair' },
  'extractives.owners.interest.unknownInterest': { mn: 'Тодорхойгүй ашиг сонирхол', en: 'Unknown interest' },
  'extractives.owners.interest.unpublishedInterest': {
    mn: 'Нийтлээгүй ашиг сонирхол',
    en: 'Unpublished interest',
  },
  'extractives.owners.interest.enjoymentAndUseOfAssets': {
    mn: 'Хөрөнгийг эдэлж, ашиглах',
    en: 'Enjoyment and use of assets',
  },
  'extractives.owners.interest.rightToProfitOrIncomeFromAssets': {
    mn: 'Хөрөнгийн ашиг, орлогын эрх',
    en: 'Right to profit or income from assets',
  },
  'extractives.owners.interest.nominee': { mn: 'Нэрийн өмнөөс эзэмшигч', en: 'Nominee' },
  'extractives.owners.interest.nominator': { mn: 'Нэрийн өмнөөс эзэмшүүлэгч', en: 'Nominator' },
  'extractives.owners.table.caption': {
    mn: 'Өмчлөл, хяналтын харилцаа',
    en: 'Relationships of ownership and control',
  },
  'extractives.owners.table.entity': { mn: 'Хуулийн этгээд', en: 'Legal entity' },
  'extractives.owners.table.owners': { mn: 'Өмчлөгч', en: 'Owners' },
  'extractives.owners.table.pep': { mn: 'Улс төрд нөлөө бүхий өмчлөгч', en: 'Politically exposed owner' },
  'extractives.owners.table.updated': { mn: 'Шинэчилсэн', en: 'Updated' },
  'extractives.owners.table.subject': { mn: 'Эзэмшигдэгч', en: 'Owned entity' },
  'extractives.owners.table.owner': { mn: 'Өмчлөгч', en: 'Owner' },
  'extractives.owners.table.nationality': { mn: 'Иргэншил', en: 'Nationality' },
  'extractives.owners.table.residence': { mn: 'Оршин суугаа улс', en: 'Country of residence' },
  'extractives.owners.table.interest': { mn: 'Ашиг сонирхол', en: 'Interest' },
  'extractives.owners.table.share': { mn: 'Хувь', en: 'Share' },
  'extractives.owners.table.beneficial': {
    mn: 'Эцсийн өмчлөл, хяналт',
    en: 'Beneficial ownership or control',
  },
  'extractives.owners.table.source': { mn: 'Эх сурвалж', en: 'Source' },
  'extractives.owners.sectionTitle': { mn: 'Эцсийн өмчлөгчид', en: 'Beneficial owners' },
  'extractives.owners.sectionAll': {
    mn: 'Өмчлөлийн бүтцийг бүтнээр нь үзэх',
    en: 'See the whole ownership structure',
  },
  'extractives.owners.declare.link': { mn: 'Өмчлөгч мэдүүлэх', en: 'Declare an owner' },
  'extractives.owners.declare.title': { mn: 'Өмчлөгч мэдүүлэх', en: 'Declare an owner' },
  'extractives.owners.declare.privacy': {
    mn: 'Хувь хүний нэр, иргэншил, оршин суугаа улс, ашиг сонирхол, хувь, улс төрд нөлөө бүхий эсэх нь нийтэд нээлттэй. Төрсөн огноо, хаяг, регистрийн дугаарыг бүү оруул: хадгалахгүй.',
    en: 'A person’s name, nationality, country of residence, interest, share and PEP status are public. Do not enter a birth date, address or identity number: they are not kept.',
  },
  'extractives.owners.declare.person': { mn: 'Өмчлөгч хувь хүн бол', en: 'If the owner is a natural person' },
  'extractives.owners.declare.other': {
    mn: 'Өмчлөгч хуулийн этгээд эсвэл төр бол',
    en: 'If the owner is a legal entity or a State',
  },
  'extractives.owners.declare.interest': { mn: 'Ашиг сонирхол', en: 'The interest' },
  'extractives.owners.declare.submit': { mn: 'Хадгалах', en: 'Save' },
  'extractives.owners.field.organization': { mn: 'Бүртгэл хөтлөгч байгууллага', en: 'Register keeper' },
  'extractives.owners.field.subject': {
    mn: 'Эзэмшигдэгч хуулийн этгээд (дугаар)',
    en: 'Owned legal entity (id)',
  },
  'extractives.owners.field.partyKind': { mn: 'Өмчлөгчийн төрөл', en: 'Kind of owner' },
  'extractives.owners.field.nameMn': { mn: 'Нэр', en: 'Name' },
  'extractives.owners.field.nameEn': { mn: 'Нэр (латинаар)', en: 'Name (in Latin letters)' },
  'extractives.owners.field.nationality': { mn: 'Иргэншил', en: 'Nationality' },
  'extractives.owners.field.residence': { mn: 'Оршин суугаа улс', en: 'Country of residence' },
  'extractives.owners.field.pepStatus': { mn: 'Улс төрд нөлөө бүхий эсэх', en: 'Politically exposed' },
  'extractives.owners.field.official': {
    mn: 'Албан тушаалтны бүртгэл дэх таних нэр',
    en: 'Identifier in the officials register',
  },
  'extractives.owners.field.pepReason': {
    mn: 'Улс төрд нөлөө бүхий шалтгаан',
    en: 'Why politically exposed',
  },
  'extractives.owners.field.partyEntity': {
    mn: 'Өмчлөгч хуулийн этгээд (дугаар)',
    en: 'Owning legal entity (id)',
  },
  'extractives.owners.field.state': { mn: 'Өмчлөгч улс', en: 'Owning State' },
  'extractives.owners.field.interestType': { mn: 'Ашиг сонирхлын төрөл', en: 'Kind of interest' },
  'extractives.owners.field.direct': { mn: 'Шууд эсэх', en: 'Direct or indirect' },
  'extractives.owners.field.beneficial': {
    mn: 'Эцсийн өмчлөл, хяналт мөн эсэх',
    en: 'Beneficial ownership or control',
  },
  'extractives.owners.field.shareExact': { mn: 'Хувь (яг)', en: 'Share (exact)' },
  'extractives.owners.field.shareMin': { mn: 'Хувь (доод)', en: 'Share (at least)' },
  'extractives.owners.field.shareMax': { mn: 'Хувь (дээд)', en: 'Share (at most)' },
  'extractives.owners.field.startsOn': { mn: 'Эхэлсэн огноо', en: 'Start date' },
  'extractives.owners.field.endsOn': { mn: 'Дууссан огноо', en: 'End date' },
  'extractives.owners.field.sourceType': { mn: 'Эх сурвалжийн төрөл', en: 'Kind of source' },
  'extractives.owners.field.sourceUrl': { mn: 'Эх сурвалжийн хаяг', en: 'Source address (URL)' },
  'extractives.owners.field.sourceDescription': { mn: 'Хэн мэдүүлсэн', en: 'Asserted by' },
  'extractives.owners.field.statementDate': { mn: 'Мэдүүлсэн огноо', en: 'Statement date' },
  'extractives.owners.field.statements': { mn: 'BODS мэдүүлгүүд (JSON)', en: 'BODS statements (JSON)' },
  'extractives.owners.hint.entityId': {
    mn: 'Хуулийн этгээдийн бүртгэл дэх дугаар, жишээ нь 42.',
    en: 'The id in the register of legal entities, e.g. 42.',
  },
  'extractives.owners.hint.country': {
    mn: 'ISO 3166-1 хоёр үсэгт код, жишээ нь MN.',
    en: 'ISO 3166-1 two-letter code, e.g. MN.',
  },
  'extractives.owners.hint.official': {
    mn: 'Улс төрд нөлөө бүхий хүн бол, жишээ нь b-enkhjargal.',
    en: 'For a politically exposed person, e.g. b-enkhjargal.',
  },
  'extractives.owners.hint.share': {
    mn: 'Хувиар, жишээ нь 34 эсвэл 33,5.',
    en: 'In percent, e.g. 34 or 33.5.',
  },
  'extractives.owners.hint.date': { mn: 'ОООО-СС-ӨӨ', en: 'YYYY-MM-DD' },
  'extractives.owners.import.link': { mn: 'BODS файл оруулах', en: 'Import BODS statements' },
  'extractives.owners.import.title': { mn: 'BODS мэдүүлэг оруулах', en: 'Import BODS statements' },
  'extractives.owners.import.lead': {
    mn: 'BODS 0.4 мэдүүлгүүдийн массив. Мэдүүлэг бүрийг шалгана; нэг нь алдаатай бол юу ч хадгалахгүй. Төрсөн огноо, хаяг, бичиг баримтын дугаарыг хадгалахгүй.',
    en: 'An array of BODS 0.4 statements. Each is checked; if one fails, nothing is stored. Birth dates, addresses and identity numbers are never kept.',
  },
  'extractives.owners.import.hint': {
    mn: 'JSON массив: мэдүүлэг бүр statementId, recordId, recordType, recordDetails-тэй.',
    en: 'A JSON array: each statement with its statementId, recordId, recordType and recordDetails.',
  },
  'extractives.owners.import.submit': { mn: 'Оруулах', en: 'Import' },
  'extractives.owners.import.notJson': { mn: 'JSON биш байна.', en: 'This is not JSON.' },
  'extractives.owners.import.notArray': {
    mn: 'Мэдүүлгүүдийн хоосон биш массив байх ёстой.',
    en: 'It must be a non-empty array of statements.',
  },
  'extractives.owners.import.statement': {
    mn: '{n}-р мэдүүлэг, {field}: {message}',
    en: 'Statement {n}, {field}: {message}',
  },
  'extractives.owners.import.value': {
    mn: '{n}-р мэдүүлэг, {field}: {reason}',
    en: 'Statement {n}, {field}: {reason}',
  },
  'extractives.owners.import.stateCode': {
    mn: '{n}-р мэдүүлэг, recordDetails.jurisdiction.code: төрийн улсын хоёр үсэгт код шаардлагатай.',
    en: 'Statement {n}, recordDetails.jurisdiction.code: a State needs its two-letter country code.',
  },
  'extractives.owners.import.entityName': {
    mn: '{n}-р мэдүүлэг, recordDetails.name: нэр шаардлагатай.',
    en: 'Statement {n}, recordDetails.name: a name is required.',
  },
  'extractives.owners.import.subject': {
    mn: '{n}-р мэдүүлэг, recordDetails.subject: файл дахь хуулийн этгээд байх ёстой.',
    en: 'Statement {n}, recordDetails.subject: must be a legal entity of the file.',
  },
  'extractives.owners.import.party': {
    mn: '{n}-р мэдүүлэг, recordDetails.interestedParty: «{record}» файлд алга.',
    en: 'Statement {n}, recordDetails.interestedParty: “{record}” is not in the file.',
  },
  'extractives.owners.error.missing': { mn: 'Бөглөнө үү.', en: 'Fill this in.' },
  'extractives.owners.error.tooLong': { mn: 'Хамгийн ихдээ {max} тэмдэгт.', en: 'At most {max} characters.' },
  'extractives.owners.error.country': {
    mn: '«{code}» нь ISO 3166-1 улсын код биш.',
    en: '“{code}” is not an ISO 3166-1 country code.',
  },
  'extractives.owners.error.code': {
    mn: '«{code}» гэсэн код жагсаалтад алга.',
    en: 'The code “{code}” is not in the list.',
  },
  'extractives.owners.error.official': {
    mn: '«{slug}» албан тушаалтны бүртгэлд алга.',
    en: '“{slug}” is not in the officials register.',
  },
  'extractives.owners.error.officialNotPep': {
    mn: 'Албан тушаалтантай холбохын тулд «улс төрд нөлөө бүхий» гэж сонгоно уу.',
    en: 'Choose “politically exposed” to link an official.',
  },
  'extractives.owners.error.organization': {
    mn: 'Бүртгэл хөтлөгч байгууллагаа сонгоно уу.',
    en: 'Choose the register keeper.',
  },
  'extractives.owners.error.entityMissing': {
    mn: 'Хуулийн этгээдийн дугаарыг оруулна уу.',
    en: 'Enter the legal entity’s id.',
  },
  'extractives.owners.error.entity': {
    mn: '{id} дугаартай хуулийн этгээд бүртгэлд алга.',
    en: 'There is no legal entity {id} in the register.',
  },
  'extractives.owners.error.partyKind': {
    mn: 'Өмчлөгчийн төрлийг сонгоно уу.',
    en: 'Choose the kind of owner.',
  },
  'extractives.owners.error.cycle': {
    mn: 'Энэ хуулийн этгээд өмчлөгчөө өөрөө эзэмшдэг болж, тойрог үүснэ.',
    en: 'This would make a circle: the entity would own its own owner.',
  },
  'extractives.owners.error.noInterest': {
    mn: 'Ядаж нэг ашиг сонирхол заана уу.',
    en: 'Give at least one interest.',
  },
  'extractives.owners.error.share': {
    mn: '0-ээс 100 хүртэлх хувь оруулна уу.',
    en: 'Enter a percentage from 0 to 100.',
  },
  'extractives.owners.error.shareBoth': {
    mn: 'Яг хувь эсвэл хязгаарын аль нэгийг өгнө үү.',
    en: 'Give either an exact share or a range, not both.',
  },
  'extractives.owners.error.shareRange': {
    mn: 'Дээд хувь доод хувиас бага байна.',
    en: 'The largest share is below the smallest.',
  },
  'extractives.owners.error.sharesOver': {
    mn: 'Өмчлөгчдийн хувьцаа нийлээд {total}% болж, 100%-иас хэтэрнэ.',
    en: 'The owners’ shareholdings would add up to {total}%, over 100%.',
  },
  'extractives.owners.error.date': {
    mn: 'ОООО-СС-ӨӨ хэлбэрийн огноо оруулна уу.',
    en: 'Enter a date as YYYY-MM-DD.',
  },
  'extractives.owners.error.endsBeforeStart': {
    mn: 'Дууссан огноо эхэлсэн огнооноос өмнө байна.',
    en: 'The end date is before the start date.',
  },
  'extractives.owners.error.url': {
    mn: 'http эсвэл https хаяг оруулна уу.',
    en: 'Enter an http or https address.',
  },
});
