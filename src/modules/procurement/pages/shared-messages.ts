import { defineMessages } from '../../../platform/i18n/index.ts';

/** Labels of codes (methods, stages, statuses, categories, bid statuses), red flags and amounts, shared by the pages. */
export const sharedMessages = defineMessages({
  'procurement.flags.title': { mn: 'Эрсдэлийн дохио', en: 'Red flags' },
  'procurement.flags.none': {
    mn: 'Энэ үйл явцад эрсдэлийн дохио илрээгүй.',
    en: 'No red flag raised for this process.',
  },
  'procurement.million': { mn: 'сая ₮', en: 'million MNT' },
  'procurement.billion': { mn: 'тэрбум ₮', en: 'billion MNT' },
  'procurement.method.open': { mn: 'Нээлттэй тендер', en: 'Open tender' },
  'procurement.method.selective': { mn: 'Хязгаарлалттай тендер', en: 'Selective tender' },
  'procurement.method.limited': { mn: 'Харьцуулалт', en: 'Limited (quotations)' },
  'procurement.method.direct': { mn: 'Шууд гэрээ', en: 'Direct contracting' },
  'procurement.method.unknown': { mn: 'Тодорхойгүй', en: 'Not given' },
  'procurement.category.goods': { mn: 'Бараа', en: 'Goods' },
  'procurement.category.works': { mn: 'Ажил', en: 'Works' },
  'procurement.category.services': { mn: 'Үйлчилгээ', en: 'Services' },
  'procurement.stage.planning': { mn: 'Төлөвлөлт', en: 'Planning' },
  'procurement.stage.tender': { mn: 'Тендер', en: 'Tender' },
  'procurement.stage.award': { mn: 'Шалгаруулалт', en: 'Award' },
  'procurement.stage.contract': { mn: 'Гэрээ', en: 'Contract' },
  'procurement.stage.implementation': { mn: 'Гүйцэтгэл', en: 'Implementation' },
  'procurement.status.planning': { mn: 'Төлөвлөж буй', en: 'Planning' },
  'procurement.status.active': { mn: 'Идэвхтэй', en: 'Active' },
  'procurement.status.complete': { mn: 'Дууссан', en: 'Complete' },
  'procurement.status.cancelled': { mn: 'Цуцалсан', en: 'Cancelled' },
  'procurement.status.unsuccessful': { mn: 'Амжилтгүй', en: 'Unsuccessful' },
  'procurement.status.pending': { mn: 'Хүлээгдэж буй', en: 'Pending' },
  'procurement.status.terminated': { mn: 'Дуусгавар болсон', en: 'Terminated' },
  'procurement.bidStatus.valid': { mn: 'Хүчинтэй', en: 'Valid' },
  'procurement.bidStatus.disqualified': { mn: 'Татгалзсан', en: 'Disqualified' },
  'procurement.bidStatus.withdrawn': { mn: 'Буцаан авсан', en: 'Withdrawn' },
  'procurement.bidStatus.pending': { mn: 'Хянагдаж буй', en: 'Being evaluated' },
  'procurement.bidStatus.invited': { mn: 'Урьсан', en: 'Invited' },
  'procurement.flag.R018.short': { mn: 'Ганц санал', en: 'Single bid' },
  'procurement.flag.R018.title': { mn: 'Нээлттэй тендерт ганц санал', en: 'Single bid in an open procedure' },
  'procurement.flag.R018.explain': {
    mn: 'Өрсөлдөөнтэй ({method}) журмаар зарласан боловч ганцхан үнийн санал ирсэн.',
    en: 'The procedure was competitive ({method}) but only one bid came in.',
  },
  'procurement.flag.R018.why': {
    mn: 'Өрсөлдөөнгүй нээлттэй тендер нь шаардлагыг нэг компанид тааруулсан, эсвэл бусад оролцогчдыг зайлуулсан байж болзошгүйг илтгэнэ.',
    en: 'An open tender without competition can mean the requirements were tailored to one company or others were kept away.',
  },
  'procurement.flag.R003.short': { mn: 'Богино хугацаа', en: 'Short period' },
  'procurement.flag.R003.title': { mn: 'Санал хүлээн авах хугацаа богино', en: 'Short submission period' },
  'procurement.flag.R003.explain': {
    mn: 'Санал хүлээн авах хугацаа {days, plural, one {# хоног} other {# хоног}} байсан нь {minimum, plural, one {# хоногийн} other {# хоногийн}} доод хэмжээнээс богино.',
    en: 'Bidders had {days, plural, one {# day} other {# days}} to submit, less than the minimum of {minimum, plural, one {# day} other {# days}}.',
  },
  'procurement.flag.R003.why': {
    mn: 'Хугацаа богино бол урьдчилан мэдээлэл авсан оролцогч л амжиж санал гаргана.',
    en: 'With little time only a bidder who knew in advance can prepare a bid.',
  },
  'procurement.flag.R036.short': { mn: 'Хамгийн бага үнэ татгалзсан', en: 'Lowest bid rejected' },
  'procurement.flag.R036.title': {
    mn: 'Хамгийн бага үнийн саналыг татгалзсан',
    en: 'Lowest bid disqualified',
  },
  'procurement.flag.R036.explain': {
    mn: '{bids, plural, one {# саналаас} other {# саналаас}} хамгийн бага үнэтэй ({amount}) саналыг татгалзаж, өөр оролцогчийг шалгаруулсан.',
    en: 'Of {bids, plural, one {# bid} other {# bids}}, the cheapest ({amount}) was disqualified and another bidder won.',
  },
  'procurement.flag.R036.why': {
    mn: 'Хамгийн хямд саналыг шалтаг гарган хасах нь урьдчилан сонгосон оролцогчид ялалт олгох арга байж болно.',
    en: 'Disqualifying the cheapest bid on a technicality can be a way to hand the contract to a chosen bidder.',
  },
  'procurement.flag.R035.short': { mn: 'Бусдыг бүгдийг татгалзсан', en: 'All others rejected' },
  'procurement.flag.R035.title': {
    mn: 'Ялагчаас бусад бүх саналыг татгалзсан',
    en: 'All but the winning bid disqualified',
  },
  'procurement.flag.R035.explain': {
    mn: '{bids, plural, one {# саналаас} other {# саналаас}} ялагчаас бусад {disqualified} саналыг бүгдийг татгалзсан.',
    en: 'Of {bids, plural, one {# bid} other {# bids}}, all {disqualified} except the winner were disqualified.',
  },
  'procurement.flag.R035.why': {
    mn: 'Өрсөлдөгчдийг бүгдийг хасах нь өрсөлдөөнийг хиймлээр бий болгосныг илтгэж болно.',
    en: 'Disqualifying every competitor can mean the competition was only for show.',
  },
  'procurement.flag.R030.short': { mn: 'Хоцорсон санал ялсан', en: 'Late bid won' },
  'procurement.flag.R030.title': { mn: 'Хугацаа хэтэрсэн санал шалгарсан', en: 'Late bid won' },
  'procurement.flag.R030.explain': {
    mn: 'Ялсан санал {date}-нд ирсэн нь эцсийн хугацаа ({deadline})-наас хойш.',
    en: 'The winning bid arrived on {date}, after the deadline of {deadline}.',
  },
  'procurement.flag.R030.why': {
    mn: 'Хугацаа хэтэрсэн саналыг хүлээн авах нь бусдын саналыг харсны дараа үнэ тааруулах боломж олгоно.',
    en: 'Accepting a late bid lets a bidder adjust after seeing the others.',
  },
  'procurement.flag.value-raised.short': { mn: 'Дүн нэмэгдсэн', en: 'Value raised' },
  'procurement.flag.value-raised.title': {
    mn: 'Гэрээний дүнг өөрчлөлтөөр нэмсэн',
    en: 'Contract value raised by amendments',
  },
  'procurement.flag.value-raised.explain': {
    mn: 'Гэрээний дүн {from}-өөс {to} болж {percent}% нэмэгдсэн нь {limit}%-ийн хязгаараас их.',
    en: 'The contract value went from {from} to {to}, up {percent}%, more than the {limit}% limit.',
  },
  'procurement.flag.value-raised.why': {
    mn: 'Бага үнээр ялаад дараа нь дүнгээ нэмүүлэх нь өрсөлдөөнийг тойрох түгээмэл арга.',
    en: 'Winning with a low price and raising it later is a common way around competition.',
  },
  'procurement.flag.split.short': { mn: 'Хуваасан байж болзошгүй', en: 'Possible splitting' },
  'procurement.flag.split.title': {
    mn: 'Босгоос доогуур хуваасан гэрээнүүд',
    en: 'Contracts split under the disclosure threshold',
  },
  'procurement.flag.split.explain': {
    mn: 'Нэг захиалагч нэг гүйцэтгэгчтэй {days, plural, one {# хоногийн} other {# хоногийн}} дотор босго ({threshold})-оос бага зэрэг доогуур {contracts, plural, one {# гэрээ} other {# гэрээ}} байгуулсан, нийт {total}.',
    en: 'The same buyer signed {contracts, plural, one {# contract} other {# contracts}} just under the threshold ({threshold}) with the same supplier within {days, plural, one {# day} other {# days}}, {total} together.',
  },
  'procurement.flag.split.why': {
    mn: 'Нэг худалдан авалтыг хэсэгчлэн хуваах нь нээлттэй тендер, ил тод болгох үүргээс зайлсхийх арга байж болно.',
    en: 'Splitting one purchase into parts can avoid an open tender and the duty to disclose.',
  },
  'procurement.flag.new-supplier.short': { mn: 'Шинэ компани', en: 'New company' },
  'procurement.flag.new-supplier.title': {
    mn: 'Шалгаруулахаас өмнөхөн бүртгүүлсэн гүйцэтгэгч',
    en: 'Supplier registered shortly before the award',
  },
  'procurement.flag.new-supplier.explain': {
    mn: '{supplier} нь {registered}-нд бүртгүүлж, {days, plural, one {# хоногийн} other {# хоногийн}} дараа гэрээ авсан ({limit, plural, one {# хоногоос} other {# хоногоос}} бага).',
    en: '{supplier} was registered on {registered} and won {days, plural, one {# day} other {# days}} later (under {limit, plural, one {# day} other {# days}}).',
  },
  'procurement.flag.new-supplier.why': {
    mn: 'Саяхан байгуулсан компани туршлагагүй, эсвэл тухайн гэрээнд зориулж байгуулсан хуурмаг компани байж болзошгүй.',
    en: 'A brand-new company may lack experience or be a shell set up for this contract.',
  },
  'procurement.flag.dominant-supplier.short': { mn: 'Давамгайлсан гүйцэтгэгч', en: 'Dominant supplier' },
  'procurement.flag.dominant-supplier.title': {
    mn: 'Нэг гүйцэтгэгчийн эзлэх хувь их',
    en: 'One supplier’s large share of the buyer’s spending',
  },
  'procurement.flag.dominant-supplier.explain': {
    mn: '{year} онд энэ гүйцэтгэгч захиалагчийн {contracts, plural, one {# гэрээний} other {# гэрээний}} нийт дүнгийн {percent}%-ийг авсан ({limit}%-иас их).',
    en: 'In {year} this supplier took {percent}% of the value of the buyer’s {contracts, plural, one {# contract} other {# contracts}} (more than {limit}%).',
  },
  'procurement.flag.dominant-supplier.why': {
    mn: 'Нэг компанид төвлөрөх нь ашиг сонирхлын зөрчил, өрсөлдөөн хязгаарлагдсаныг илтгэж болно.',
    en: 'Concentration on one company can point to a conflict of interest or restricted competition.',
  },
});
