import { describe, expect, it } from 'vitest';
import { type DraftText, NODE_ID, type TextNode, walk } from './model.ts';
import { type ImportResult, parsePlainText } from './plain.ts';
import { ENGLISH_DRAFT, MONGOLIAN_DRAFT } from './test-support.ts';

/** The tree without ids: what the reader is expected to have understood. */
type Shape = Omit<TextNode, 'id' | 'children'> & { children?: Shape[] };
const shape = (nodes: TextNode[]): Shape[] =>
  nodes.map(({ id: _id, children, ...rest }) =>
    children.length > 0 ? { ...rest, children: shape(children) } : rest,
  );

function parsed(result: ImportResult): DraftText {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.text;
}

const problems = (source: string) => {
  const result = parsePlainText(source, { seed: 't' });
  return result.ok ? [] : result.problems;
};

describe('parsePlainText: a Mongolian draft', () => {
  const text = parsed(parsePlainText(MONGOLIAN_DRAFT, { seed: 'draft-1/v1' }));

  it('reads the title, the preamble, chapters, articles, parts and points', () => {
    expect(text.title).toBe('МЭДЭЭЛЛИЙН ИЛ ТОД БАЙДАЛ БА МЭДЭЭЛЭЛ АВАХ ЭРХИЙН ТУХАЙ ХУУЛЬ');
    expect(text.preamble).toBe(
      'Монгол Улсын Үндсэн хуулийн Арван зургадугаар зүйлийн 17 дахь заалтад заасан эрхийг хангах зорилгоор энэ хуулийг баталсан.',
    );
    expect(shape(text.body)).toEqual([
      {
        kind: 'chapter',
        num: '1',
        heading: 'НИЙТЛЭГ ҮНДЭСЛЭЛ',
        children: [
          {
            kind: 'article',
            num: '1',
            heading: 'Хуулийн зорилт',
            children: [
              {
                kind: 'paragraph',
                num: '1.1',
                text: 'Энэ хуулийн зорилт нь төрийн байгууллагын үйл ажиллагааны ил тод байдлыг хангах, хүн, хуулийн этгээдийн мэдээлэл хайх, хүлээн авах эрхийг баталгаажуулахтай холбогдсон харилцааг зохицуулахад оршино.',
              },
            ],
          },
          {
            kind: 'article',
            num: '2',
            heading: 'Нэр томьёоны тодорхойлолт',
            children: [
              {
                kind: 'paragraph',
                num: '2.1',
                text: 'Энэ хуульд хэрэглэсэн дараах нэр томьёог доор дурдсан утгаар ойлгоно:',
                children: [
                  {
                    kind: 'point',
                    num: '2.1.1',
                    text: '"нээлттэй мэдээлэл" гэж энэ хуулийн дагуу нийтэд ил болгох мэдээллийг;',
                  },
                  {
                    kind: 'point',
                    num: '2.1.2',
                    text: '"мэдээлэл хүсэгч" гэж мэдээлэл авахаар хүсэлт гаргасан хүн, хуулийн этгээдийг.',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        kind: 'chapter',
        num: '2',
        heading: 'Мэдээллийн ил тод байдал',
        children: [
          {
            kind: 'article',
            num: '3',
            heading: 'Нээлттэй мэдээлэл',
            children: [
              {
                kind: 'paragraph',
                num: '3.1',
                text: 'Төрийн байгууллага дараах мэдээллийг цахим хуудсандаа байнга нээлттэй байлгана:',
                children: [
                  {
                    kind: 'point',
                    num: 'а)',
                    text: 'байгууллагын бүтэц, орон тоо, хаяг, холбоо барих утас;',
                  },
                  { kind: 'point', num: 'б)', text: 'батлагдсан төсөв, түүний гүйцэтгэл.' },
                ],
              },
              {
                kind: 'paragraph',
                num: '3.2',
                text: 'Мэдээллийг шинэчилснээс хойш ажлын 5 өдрийн дотор\nцахим хуудсанд байршуулна.',
              },
            ],
          },
          {
            kind: 'article',
            num: '4',
            heading: 'Мэдээлэл авах хүсэлт',
            children: [
              {
                kind: 'paragraph',
                num: '4.1',
                text: 'Мэдээлэл хүсэгч хүсэлтээ бичгээр, цахим хэлбэрээр эсхүл амаар гаргаж болно.',
              },
              {
                kind: 'paragraph',
                num: '4.2',
                text: 'Хүсэлтийг хүлээн авсан байгууллага ажлын 7 өдрийн дотор хариу өгнө.',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('gives every node a distinct id made from the seed, the same on every import', () => {
    const ids = [...walk(text.body)].map(({ node }) => node.id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    for (const id of ids) expect(id).toMatch(NODE_ID);
    const again = parsed(parsePlainText(MONGOLIAN_DRAFT, { seed: 'draft-1/v1' }));
    expect([...walk(again.body)].map(({ node }) => node.id)).toEqual(ids);
    const otherVersion = parsed(parsePlainText(MONGOLIAN_DRAFT, { seed: 'draft-1/v2' }));
    expect([...walk(otherVersion.body)].map(({ node }) => node.id)).not.toContain(ids[0]);
  });

  it('reads chapter numbers in digits and in words of two parts, and articles written "-р"', () => {
    const result = parsed(
      parsePlainText('Хууль\n1 дүгээр бүлэг\nЕрөнхий\n1-р зүйл.Зорилт\nАрван хоёр.', { seed: 's' }),
    );
    expect(shape(result.body)).toEqual([
      {
        kind: 'chapter',
        num: '1',
        heading: 'Ерөнхий',
        children: [{ kind: 'article', num: '1', heading: 'Зорилт', text: 'Арван хоёр.' }],
      },
    ]);
    expect(problems('Хууль\nНЭГДҮГЭЭР БҮЛЭГ\nА\nАРВАН НЭГДҮГЭЭР БҮЛЭГ Бусад')).toEqual([
      { line: 4, message: 'chapter 11 is out of order: chapter 2 was expected' },
    ]);
  });
});

describe('parsePlainText: an English draft', () => {
  it('reads "Chapter 1", "CHAPTER TWO: heading", articles and lettered points', () => {
    const text = parsed(parsePlainText(ENGLISH_DRAFT, { seed: 'en' }));
    expect(text.title).toBe('Draft Law on Information Transparency and the Right to Information');
    expect(text.preamble).toBeUndefined();
    expect(shape(text.body)).toEqual([
      {
        kind: 'chapter',
        num: '1',
        heading: 'General provisions',
        children: [
          {
            kind: 'article',
            num: '1',
            heading: 'Purpose',
            children: [
              {
                kind: 'paragraph',
                num: '1.1',
                text: "The purpose of this law is to make the work of public bodies transparent and to guarantee everyone's right to seek and receive information.",
              },
            ],
          },
          {
            kind: 'article',
            num: '2',
            heading: 'Definitions',
            children: [
              {
                kind: 'paragraph',
                num: '2.1',
                text: 'In this law:',
                children: [
                  {
                    kind: 'point',
                    num: '2.1.1',
                    text: '"open information" means information a public body publishes of its own accord;',
                  },
                  {
                    kind: 'point',
                    num: '2.1.2',
                    text: '"requester" means a person who asks a public body for information.',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        kind: 'chapter',
        num: '2',
        heading: 'Requests for information',
        children: [
          {
            kind: 'article',
            num: '3',
            heading: 'Making a request',
            children: [
              {
                kind: 'paragraph',
                num: '3.1',
                text: 'A request may be made in writing, electronically or orally.',
              },
              {
                kind: 'paragraph',
                num: '3.2',
                text: 'A public body answers a request within ten working days, and may refuse it only:',
                children: [
                  { kind: 'point', num: 'a)', text: 'where the information is a state secret;' },
                  { kind: 'point', num: 'b)', text: "where disclosure would harm a person's privacy." },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('reads an act without chapters, an article with its own words and no parts', () => {
    const text = parsed(
      parsePlainText('Act\nArticle 1. Scope\nThis act applies to ministries.\nArticle 2', { seed: 's' }),
    );
    expect(shape(text.body)).toEqual([
      { kind: 'article', num: '1', heading: 'Scope', text: 'This act applies to ministries.' },
      { kind: 'article', num: '2' },
    ]);
  });
});

describe('parsePlainText: problems, each with its line', () => {
  it('an empty document', () => {
    expect(problems('')).toEqual([{ line: 1, message: 'the document is empty' }]);
    expect(problems(' \n\n\t\n')).toEqual([{ line: 1, message: 'the document is empty' }]);
  });

  it('a division before the title', () => {
    expect(problems('\n1 дүгээр зүйл.Зорилт\n1.1.Текст')).toEqual([
      { line: 2, message: 'the text starts with a numbered division: its title must come first' },
    ]);
  });

  it('a part that does not belong to its article, and a point that does not belong to its part', () => {
    expect(problems('Хууль\n4 дүгээр зүйл.Хүсэлт\n4.1.Нэг\n5.1.Хоёр\n4.2.Гурав\n4.3.1.Дөрөв')).toEqual([
      { line: 2, message: 'article 4 is out of order: article 1 was expected' },
      { line: 4, message: 'part 5.1 does not belong to article 4' },
      { line: 6, message: 'point 4.3.1 does not belong to part 4.2' },
    ]);
  });

  it('numbers skipped, repeated, or outside any article', () => {
    expect(
      problems(
        'Act\n1.1. Loose\nArticle 1. A\n1.1. One\n1.1. Again\n1.3. Skipped\nArticle 1. Twice\nArticle 3. Skipped\n' +
          'Chapter 2\nb) Not first\nb) Repeated\na) Backwards',
      ),
    ).toEqual([
      { line: 2, message: 'part 1.1 is not inside an article' },
      { line: 5, message: '1.1 is repeated' },
      { line: 6, message: '1.3 is out of order: 1.2 was expected' },
      { line: 7, message: 'article 1 is repeated' },
      { line: 8, message: 'article 3 is out of order: article 2 was expected' },
      { line: 9, message: 'chapter 2 is out of order: chapter 1 was expected' },
      { line: 10, message: 'point b) is not inside an article' },
      { line: 11, message: 'point b) is not inside an article' },
      { line: 12, message: 'point a) is not inside an article' },
    ]);
    expect(problems('Хууль\n1 дүгээр зүйл.А\n1.1.Б\nб) нэг\nб) хоёр\nа) гурав')).toEqual([
      { line: 4, message: 'point б) is out of order' },
      { line: 5, message: 'point б) is repeated' },
      { line: 6, message: 'point а) is out of order' },
    ]);
  });

  it('an article without a number', () => {
    expect(problems('Хууль\nзүйл.Зорилт\nдүгээр зүйл.Хамрах хүрээ\nArticle. Scope')).toEqual([
      { line: 2, message: 'an article without a number' },
      { line: 3, message: 'an article without a number' },
      { line: 4, message: 'an article without a number' },
    ]);
  });
});
