import { defineMessages } from '../../../platform/i18n/index.ts';

/** The words of a reporting body's page, the citizens' budget and the per-person pages. */
export const peopleMessages = defineMessages({
  'fiscal.body.none': {
    mn: '«{slug}» нэртэй, шилэн дансанд тайлагнадаг байгууллага алга.',
    en: 'There is no body “{slug}” that reports under the glass-account law.',
  },
  'fiscal.body.lead': {
    mn: '{name}: шилэн дансны хуулиар тайлагнадаг үндэслэл, төсөв, гүйцэтгэл, хамгийн их төлбөр авагчид.',
    en: '{name}: why it reports under the glass-account law, its budget against execution, and whom it pays most.',
  },
  'fiscal.body.basis': { mn: 'Тайлагнах үндэслэл', en: 'Reports as' },
  'fiscal.body.basis.public-body': { mn: 'Төрийн байгууллага', en: 'Public body' },
  'fiscal.body.basis.state-owned': { mn: 'Төрийн өмчит аж ахуйн нэгж', en: 'State-owned enterprise' },
  'fiscal.body.basis.state-share': {
    mn: 'Төрийн өмчийн оролцоотой компани',
    en: 'Company with a state share',
  },
  'fiscal.body.stateShare': { mn: 'Төрийн эзэмшлийн хувь', en: 'State share' },
  'fiscal.body.organisation': { mn: 'Байгууллага', en: 'Organisation' },
  'fiscal.body.entity': { mn: 'Хуулийн этгээд', en: 'Legal entity' },
  'fiscal.body.noEntity': {
    mn: 'Хуулийн этгээдийн бүртгэлтэй холбогдоогүй.',
    en: 'Not linked to the register of legal entities.',
  },
  'fiscal.body.budget': {
    mn: '{year} оны зарлага эдийн засгийн ангиллаар: төлөвлөгөө ба гүйцэтгэл',
    en: 'Expenditure in {year} by economic category: planned against executed',
  },
  'fiscal.body.explore': {
    mn: 'Энэ байгууллагын төсвийг задаргаанд харах',
    en: 'Explore this body’s budget',
  },
  'fiscal.body.payees': { mn: '{year} онд хамгийн их төлбөр авагчид', en: 'Biggest payees in {year}' },
  'fiscal.body.paid': {
    mn: '{count, plural, one {# гүйлгээ} other {# гүйлгээ}} нийтэлсэн, нийт {total}.',
    en: '{count, plural, one {# transaction published} other {# transactions published}}, {total} in all.',
  },
  'fiscal.body.transactions': { mn: 'Гүйлгээг харах', en: 'See its transactions' },
  'fiscal.body.noPayees': {
    mn: 'Энэ онд нийтэлсэн гүйлгээ алга.',
    en: 'No transaction published this year.',
  },
  'fiscal.body.payments': { mn: 'Гүйлгээ', en: 'Payments' },
  'fiscal.body.total': { mn: 'Нийт дүн', en: 'Total' },
  'fiscal.body.individuals': {
    mn: 'Хувь хүмүүс (нэр нийтлэхгүй)',
    en: 'Individuals (never named)',
  },
  'fiscal.body.compliance': { mn: 'Нийтлэлтийн хяналт', en: 'Publication compliance' },
  'fiscal.body.complianceText': {
    mn: 'Гүйлгээгээ хугацаанд нь нийтэлсэн, хоцорсон, нийтлээгүй эсэх:',
    en: 'Whether its transactions were published, late, or are missing:',
  },
  'fiscal.body.complianceLink': { mn: 'хяналтын хуудас', en: 'the compliance view' },
  'fiscal.citizens.badYear': { mn: '«{year}» он биш байна.', en: '“{year}” is not a year.' },
  'fiscal.citizens.title': { mn: '{year} оны иргэдийн төсөв', en: 'Citizens’ budget {year}' },
  'fiscal.citizens.lead': {
    mn: '{year} оны улсын төсөв энгийн үгээр: мөнгө хаанаас ирж, хаашаа явдаг, төсвийг юунд үндэслэн төлөвлөсөн.',
    en: 'The {year} budget in plain words: where the money comes from, where it goes, and what the plan assumed.',
  },
  'fiscal.citizens.summary': {
    mn: '{year} онд төр {revenue} орлого олж, {spending} зарцуулахаар баталсан.',
    en: 'For {year}, the state approved collecting {revenue} and spending {spending}.',
  },
  'fiscal.citizens.perPerson': {
    mn: 'Энэ нь нэг хүнд ойролцоогоор {amount} зарлага ногдоно гэсэн үг.',
    en: 'That is about {amount} of spending for each resident.',
  },
  'fiscal.citizens.comesFrom': { mn: 'Мөнгө хаанаас ирдэг вэ', en: 'Where the money comes from' },
  'fiscal.citizens.biggestIn': {
    mn: 'Хамгийн том эх үүсвэр нь {name}: {amount} ({share}).',
    en: 'The largest source is {name}: {amount} ({share}).',
  },
  'fiscal.citizens.noRevenue': { mn: 'Орлогын төсөв нийтлээгүй.', en: 'No revenue budget published.' },
  'fiscal.citizens.goesTo': { mn: 'Мөнгө хаашаа явдаг вэ', en: 'Where the money goes' },
  'fiscal.citizens.biggestOut': {
    mn: 'Хамгийн их мөнгө {name}-д очдог: {amount} ({share}).',
    en: 'Most money goes to {name}: {amount} ({share}).',
  },
  'fiscal.citizens.revenueCsv': { mn: 'Орлого (CSV)', en: 'Revenue (CSV)' },
  'fiscal.citizens.spendingCsv': { mn: 'Зарлага (CSV)', en: 'Spending (CSV)' },
  'fiscal.citizens.assumptions': { mn: 'Төсвийн таамаглал', en: 'What the plan assumed' },
  'fiscal.citizens.assumptionsLead': {
    mn: 'Төсвийн төслийг дараах таамаглал дээр үндэслэн боловсруулсан:',
    en: 'The proposal was built on these projections:',
  },
  'fiscal.citizens.assumption': { mn: '{name}: {value} {unit}.', en: '{name}: {value} {unit}.' },
  'fiscal.citizens.noAssumptions': {
    mn: 'Энэ оны таамаглал нийтлээгүй.',
    en: 'No projections have been published for this year.',
  },
  'fiscal.citizens.revision': { mn: 'Тодотгол юуг өөрчилсөн бэ', en: 'What revision changed' },
  'fiscal.citizens.notRevised': {
    mn: 'Энэ оны төсвийг тодотгоогүй.',
    en: 'This year’s budget has not been revised.',
  },
  'fiscal.citizens.revisedTotal': {
    mn: 'Баталсан зарлага {approved} байсан; тодотгосны дараа {plan} болсон ({change}).',
    en: 'Approved spending was {approved}; after revision it is {plan} ({change}).',
  },
  'fiscal.citizens.revisedRow': { mn: '{name}: {change}.', en: '{name}: {change}.' },
  'fiscal.citizens.execution': { mn: 'Хэр зарцуулсан бэ', en: 'How much was spent' },
  'fiscal.citizens.notExecuted': {
    mn: 'Гүйцэтгэл хараахан нийтлэгдээгүй.',
    en: 'Execution has not been published yet.',
  },
  'fiscal.citizens.executed': {
    mn: '{amount} зарцуулсан нь төлөвлөгөөний {rate} юм.',
    en: '{amount} was spent: {rate} of the plan.',
  },
  'fiscal.citizens.explore': {
    mn: 'Дэлгэрэнгүйг төсвийн задаргаанаас үзэх',
    en: 'See the details in the budget explorer',
  },
  'fiscal.aimags.title': { mn: 'Аймаг бүрт нэг хүнд ногдох зарлага', en: 'Spending per resident by aimag' },
  'fiscal.aimags.lead': {
    mn: 'Аймаг, нийслэл бүрт төсвөөс зарцуулж буй мөнгийг оршин суугчдын тоонд хуваав.',
    en: 'Public spending in each aimag and the capital, divided by its residents.',
  },
  'fiscal.aimags.mapTitle': {
    mn: 'Нэг оршин суугчид ногдох зарлага ({phase}, {year})',
    en: 'Spending per resident ({phase}, {year})',
  },
  'fiscal.aimags.tableTitle': {
    mn: 'Аймгаар: зарлага ({phase}) ба төлбөр, {year}',
    en: 'By aimag: expenditure ({phase}) and payments, {year}',
  },
  'fiscal.aimags.aimag': { mn: 'Аймаг, нийслэл', en: 'Aimag or capital' },
  'fiscal.aimags.population': { mn: 'Хүн ам', en: 'Residents' },
  'fiscal.aimags.perResident': { mn: 'Нэг хүнд', en: 'Per resident' },
  'fiscal.aimags.paid': { mn: 'Гүйлгээгээр төлсөн', en: 'Paid in transactions' },
  'fiscal.aimags.paidPerResident': { mn: 'Төлсөн, нэг хүнд', en: 'Paid per resident' },
  'fiscal.aimags.noPopulation': {
    mn: 'Энэ оны хүн амын тоо алга.',
    en: 'No population figures for this year.',
  },
  'fiscal.aimags.populationYear': {
    mn: 'Хүн амын тоо {year} оных.',
    en: 'The population figures are for {year}.',
  },
  'fiscal.aimags.empty': {
    mn: '{year} онд аймагт хамаарах зарлага нийтлээгүй.',
    en: 'No spending placed in an aimag has been published for {year}.',
  },
  'fiscal.aimags.unplaced': {
    mn: 'Аймагт хамааруулаагүй (улсын хэмжээний) төсөв {budget}, төлбөр {paid} дээрх тоонд ороогүй.',
    en: 'Budget of {budget} and payments of {paid} not placed in any aimag (national) are not counted above.',
  },
  'fiscal.aimag.none': { mn: '«{code}» кодтой аймаг алга.', en: 'There is no aimag “{code}”.' },
  'fiscal.aimag.title': { mn: '{name}: миний татвар хаашаа явдаг вэ', en: '{name}: where does my tax go' },
  'fiscal.aimag.lead': {
    mn: '{name}-д зарцуулж буй төсөв чиг үүргээр, нэг оршин суугчид; мөн таны төлсөн татвар улсын төсөвт хэрхэн хуваагдах.',
    en: 'Spending in {name} by function, per resident; and how the tax you pay divides across the national budget.',
  },
  'fiscal.aimag.calculator': { mn: 'Таны татвар', en: 'Your tax' },
  'fiscal.aimag.paid': { mn: 'Би ийм хэмжээний татвар төлсөн (₮)', en: 'I paid this much tax (MNT)' },
  'fiscal.aimag.paidHint': { mn: 'Жишээ нь 1 200 000', en: 'For example 1 200 000' },
  'fiscal.aimag.paidInvalid': {
    mn: 'Төгрөгийн дүнг тоогоор оруулна уу, жишээ нь 1 200 000.',
    en: 'Enter an amount in tögrög as a number, for example 1 200 000.',
  },
  'fiscal.aimag.split': { mn: 'Хуваарилах', en: 'Show how it splits' },
  'fiscal.aimag.splitLead': {
    mn: 'Таны {paid}-ийг {year} оны улсын төсвийн ({phase}) зарлагын хувиар хуваавал:',
    en: 'Your {paid}, split in the shares of the {year} national budget ({phase}):',
  },
  'fiscal.aimag.shareSentence': {
    mn: '{amount} нь {name}-д ({share}).',
    en: '{amount} goes to {name} ({share}).',
  },
  'fiscal.aimag.noShares': {
    mn: '{year} оны зарлагын төсөв нийтлэгдээгүй тул хуваах боломжгүй.',
    en: 'No expenditure budget has been published for {year}, so there is nothing to split by.',
  },
  'fiscal.aimag.taxTitle': { mn: 'Таны {paid} чиг үүргээр', en: 'Your {paid} by function' },
  'fiscal.aimag.yourPart': { mn: 'Таны хэсэг', en: 'Your part' },
  'fiscal.aimag.spending': { mn: '{name}-д {year} онд зарцуулж буй төсөв', en: 'Spending in {name}, {year}' },
  'fiscal.aimag.perResidentTitle': {
    mn: '{name}: нэг оршин суугчид ногдох зарлага чиг үүргээр ({phase}, {year})',
    en: '{name}: spending per resident by function ({phase}, {year})',
  },
  'fiscal.aimag.noSpending': {
    mn: '{year} онд {name}-д хамааруулсан зарлага нийтлээгүй.',
    en: 'No spending placed in {name} has been published for {year}.',
  },
  'fiscal.aimag.residents': {
    mn: '{name}-ийн оршин суугчид: {count, plural, one {# хүн} other {# хүн}}.',
    en: '{count, plural, one {# resident} other {# residents}} of {name}.',
  },
  'fiscal.aimag.honest': {
    mn: 'Татварыг тодорхой зардалд зориулдаггүй: тооцоо нь таны татварыг улсын төсвийн зарлагын бүтцээр хуваасан жишээ юм.',
    en: 'Taxes are not earmarked: the calculator divides your tax in the shares of national spending, as an illustration.',
  },
});
