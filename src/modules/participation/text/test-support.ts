/**
 * Draft excerpts the tests of this folder read: a Mongolian draft law on information transparency
 * and an English one, written for these tests (not taken from a real act).
 */

export const MONGOLIAN_DRAFT = `МЭДЭЭЛЛИЙН ИЛ ТОД БАЙДАЛ БА МЭДЭЭЛЭЛ АВАХ ЭРХИЙН ТУХАЙ ХУУЛЬ

Монгол Улсын Үндсэн хуулийн Арван зургадугаар зүйлийн 17 дахь заалтад заасан эрхийг хангах зорилгоор энэ хуулийг баталсан.

НЭГДҮГЭЭР БҮЛЭГ
НИЙТЛЭГ ҮНДЭСЛЭЛ

1 дүгээр зүйл.Хуулийн зорилт
1.1.Энэ хуулийн зорилт нь төрийн байгууллагын үйл ажиллагааны ил тод байдлыг хангах, хүн, хуулийн этгээдийн мэдээлэл хайх, хүлээн авах эрхийг баталгаажуулахтай холбогдсон харилцааг зохицуулахад оршино.

2 дугаар зүйл.Нэр томьёоны тодорхойлолт
2.1.Энэ хуульд хэрэглэсэн дараах нэр томьёог доор дурдсан утгаар ойлгоно:
2.1.1."нээлттэй мэдээлэл" гэж энэ хуулийн дагуу нийтэд ил болгох мэдээллийг;
2.1.2."мэдээлэл хүсэгч" гэж мэдээлэл авахаар хүсэлт гаргасан хүн, хуулийн этгээдийг.

Хоёрдугаар бүлэг
Мэдээллийн ил тод байдал

3 дугаар зүйл.Нээлттэй мэдээлэл
3.1.Төрийн байгууллага дараах мэдээллийг цахим хуудсандаа байнга нээлттэй байлгана:
а) байгууллагын бүтэц, орон тоо, хаяг, холбоо барих утас;
б) батлагдсан төсөв, түүний гүйцэтгэл.
3.2.Мэдээллийг шинэчилснээс хойш ажлын 5 өдрийн дотор
цахим хуудсанд байршуулна.

4 дүгээр зүйл.Мэдээлэл авах хүсэлт
4.1.Мэдээлэл хүсэгч хүсэлтээ бичгээр, цахим хэлбэрээр эсхүл амаар гаргаж болно.
4.2.Хүсэлтийг хүлээн авсан байгууллага ажлын 7 өдрийн дотор хариу өгнө.
`;

export const ENGLISH_DRAFT = `Draft Law on Information Transparency and the Right to Information

Chapter 1
General provisions

Article 1. Purpose
1.1. The purpose of this law is to make the work of public bodies transparent and to guarantee everyone's right to seek and receive information.

Article 2. Definitions
2.1. In this law:
2.1.1. "open information" means information a public body publishes of its own accord;
2.1.2. "requester" means a person who asks a public body for information.

CHAPTER TWO: Requests for information

Article 3. Making a request
3.1. A request may be made in writing, electronically or orally.
3.2. A public body answers a request within ten working days, and may refuse it only:
a) where the information is a state secret;
b) where disclosure would harm a person's privacy.
`;
