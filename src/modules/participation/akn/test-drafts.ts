import type { DraftText } from '../text/model.ts';
import type { AknMeta } from './write.ts';

/**
 * Drafts the Akoma Ntoso tests share: a Mongolian law's draft in its usual shape (chapters,
 * articles, numbered parts "4.1" and points "4.1.1") with the letters ө and ү and the characters
 * XML must escape, and a code grouped into parts and sections, in English.
 */
export const transparencyDraft: DraftText = {
  title: 'Мэдээллийн ил тод байдал ба мэдээлэл авах эрхийн тухай хууль',
  preamble: 'Энэ хууль нь төрийн байгууллагын үйл ажиллагааны ил тод байдлыг хангахад оршино.',
  body: [
    {
      id: 'n_ch1',
      kind: 'chapter',
      num: 'Нэгдүгээр бүлэг',
      heading: 'Нийтлэг үндэслэл',
      children: [
        {
          id: 'n_a1',
          kind: 'article',
          num: '1 дүгээр зүйл',
          heading: 'Хуулийн зорилт',
          text: 'Энэ хуулийн зорилт нь хүний мэдээлэл авах эрхийг хангахад оршино.',
          children: [],
        },
        {
          id: 'n_a2',
          kind: 'article',
          num: '2 дугаар зүйл',
          heading: 'Нэр томьёо & <тодорхойлолт>',
          children: [
            {
              id: 'n_a2p1',
              kind: 'paragraph',
              num: '2.1',
              text: 'Энэ хуульд хэрэглэсэн дараах нэр томьёог дор дурдсан утгаар ойлгоно:',
              children: [
                {
                  id: 'n_a2p1x1',
                  kind: 'point',
                  num: '2.1.1',
                  text: '"мэдээлэл" гэж цаасан & цахим хэлбэрээр үүссэн баримтыг;',
                  children: [],
                },
                {
                  id: 'n_a2p1x2',
                  kind: 'point',
                  num: '2.1.2',
                  text: '"нээлттэй өгөгдөл" гэж \'машинаар уншигдах\' хэлбэртэй, 1 < 2 > 0 өгөгдлийг.',
                  children: [],
                },
              ],
            },
            {
              id: 'n_a2p2',
              kind: 'paragraph',
              num: '2.2',
              text: 'Үүнд хамаарах мэдээллийг Засгийн газар баталсан журмаар\nтогтооно.',
              children: [],
            },
          ],
        },
      ],
    },
    {
      id: 'n_ch2',
      kind: 'chapter',
      num: 'Хоёрдугаар бүлэг',
      heading: 'Мэдээллийн ил тод байдал',
      children: [
        {
          id: 'n_a3',
          kind: 'article',
          num: '3 дугаар зүйл',
          heading: 'Үйл ажиллагааны ил тод байдал',
          children: [
            {
              id: 'n_a3p1',
              kind: 'paragraph',
              num: '3.1',
              text: 'Байгууллага өөрийн төсвийг ил тод байлгана.',
              children: [],
            },
          ],
        },
      ],
    },
  ],
};

export const transparencyMeta: AknMeta = {
  country: 'mn',
  slug: 'medeelliin-il-tod-baidal',
  version: 2,
  date: '2026-03-15',
  workDate: '2026-03-01',
  language: 'mon',
  author: { slug: 'khuul-zui-yam', name: 'Хууль зүй, дотоод хэргийн яам' },
};

/** A code in English, grouped into parts and sections, without a preamble. */
export const codeDraft: DraftText = {
  title: 'Law on Public Consultation (Draft)',
  body: [
    {
      id: 'n_p1',
      kind: 'part',
      num: 'Part One',
      heading: 'General',
      children: [
        {
          id: 'n_s1',
          kind: 'section',
          num: '1',
          heading: 'Purpose',
          text: 'This section applies to:',
          children: [
            { id: 'n_s1a1', kind: 'article', num: '1', text: 'every ministry; and', children: [] },
            { id: 'n_s1a2', kind: 'article', num: '2', text: 'every agency.', children: [] },
          ],
        },
        { id: 'n_s2', kind: 'section', num: '2', text: 'Drafts are published for 30 days.', children: [] },
      ],
    },
  ],
};

export const codeMeta: AknMeta = {
  country: 'mn',
  slug: 'public-consultation',
  version: 1,
  date: '2026-04-02',
  language: 'eng',
  author: { slug: 'cabinet-secretariat', name: 'Cabinet Secretariat' },
};
