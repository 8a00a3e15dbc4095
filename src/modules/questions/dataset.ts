import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { questionsList } from './lists.ts';
import { publicQuestionRows } from './queries.ts';

/**
 * Public questions as open data: one row per published question, with the record it is about, the
 * organisation that answers, its deadline and its answer. The question as published (redacted,
 * checked by a moderator); never who asked, nor when (only when it was published). Its downloads
 * take the list page's filters, declared once in lists.ts.
 */
export const questionsDataset: DatasetDeclaration = {
  id: 'questions',
  title: { mn: 'Олон нийтийн асуулт', en: 'Public questions' },
  description: {
    mn: 'Иргэдийн төрийн бүртгэлийн талаар тавьсан, зохицуулагч нийтэлсэн асуултууд, хариулах байгууллага, хугацаа, хариулт. Асуусан хүний мэдээлэлгүй.',
    en: 'Questions citizens asked about public records, as a moderator published them, with the organisation that answers, its deadline and its answer. Without who asked.',
  },
  publisher: 'cabinet-secretariat',
  themes: ['GOVE'],
  key: ['id'],
  fields: datasetFields({
    id: { mn: 'Дугаар', en: 'Number', type: 'integer', required: true },
    subject_kind: { mn: 'Бүртгэлийн төрөл', en: 'Kind of record', required: true },
    subject_key: { mn: 'Бүртгэлийн дугаар', en: 'Record key', required: true },
    subject_title_mn: { mn: 'Бүртгэл (монгол)', en: 'Record (Mongolian)', required: true },
    subject_title_en: { mn: 'Бүртгэл (англи)', en: 'Record (English)', required: true },
    organization: { mn: 'Хариулах байгууллага', en: 'Answering organisation', required: true },
    question: { mn: 'Асуулт', en: 'Question', required: true },
    status: { mn: 'Төлөв', en: 'Status', required: true, values: ['open', 'answered'] },
    published_at: { mn: 'Нийтэлсэн', en: 'Published', type: 'datetime', required: true },
    due_at: { mn: 'Хариулах хугацаа', en: 'Due', type: 'datetime' },
    extended_days: { mn: 'Сунгасан хоног', en: 'Days extended', type: 'integer' },
    extension_reason: { mn: 'Сунгасан шалтгаан', en: 'Reason for the extension' },
    answer: { mn: 'Хариулт', en: 'Answer' },
    answered_at: { mn: 'Хариулсан', en: 'Answered', type: 'datetime' },
    answered_on_time: { mn: 'Хугацаандаа хариулсан', en: 'Answered on time', type: 'boolean' },
  }),
  source: publicQuestionRows,
  filters: datasetFilters(questionsList),
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from questions where status in ('published', 'answered')`,
    dataset: 'questions',
    installed: 'questions',
  }),
  recordPath: (id) => `/questions/${id}`,
};
