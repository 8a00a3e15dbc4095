import { describe, expect, it } from 'vitest';
import { checkAnswers, downloads, summaryList, taskList } from './lists.ts';
import { testContext } from './test-support.ts';

const ctx = testContext();

describe('lists', () => {
  it('summary list and downloads keep their markup', () => {
    expect(
      summaryList([
        { key: 'Name', value: 'A&B' },
        { key: 'Phone', value: null },
      ]).value,
    ).toBe(
      '<dl class="summary-list"><div class="summary-row"><dt>Name</dt><dd>A&amp;B</dd></div><div class="summary-row"><dt>Phone</dt><dd>—</dd></div></dl>',
    );
    expect(downloads(ctx, [{ href: '/x.csv', label: 'CSV' }]).value).toContain(
      '<li><a href="/x.csv" download>CSV</a></li>',
    );
  });

  it('check your answers: change links name their row for screen readers, empty answers show a dash', () => {
    const out = checkAnswers(ctx, [
      { key: 'Name', value: 'Bat <Dorj>', change: '/feedback/new#name' },
      { key: 'Phone', value: '' },
    ]).value;
    expect(out).toContain(
      '<div class="summary-row has-action"><dt>Name</dt><dd>Bat &lt;Dorj&gt;</dd><dd class="summary-action"><a href="/feedback/new#name">Change<span class="visually-hidden"> Name</span></a></dd></div>',
    );
    expect(out).toContain('<div class="summary-row"><dt>Phone</dt><dd>—</dd></div>');
    expect(checkAnswers(testContext('mn'), [{ key: 'K', value: 'v', change: '/k' }]).value).toContain(
      '>Өөрчлөх<',
    );
  });

  it('task list: linked tasks described by their status, tasks that cannot start are plain text', () => {
    const out = taskList({
      id: 'report',
      tasks: [
        {
          title: 'Narrative',
          href: '/plans/p/report#narrative',
          status: { label: 'Completed', tone: 'done' },
        },
        {
          title: 'Evidence',
          hint: 'Links and files',
          status: { label: 'Cannot start yet', tone: 'cannot-start' },
        },
      ],
    }).value;
    expect(out).toContain(
      '<a href="/plans/p/report#narrative" aria-describedby="report-1-status">Narrative</a>',
    );
    expect(out).toContain('<strong class="tag task-done" id="report-1-status">Completed</strong>');
    expect(out).toContain(
      '<li class="task"><div class="task-name">Evidence<p class="hint" id="report-2-hint">Links and files</p></div>',
    );
    expect(out).toContain(
      '<strong class="tag task-cannot-start" id="report-2-status">Cannot start yet</strong>',
    );
  });
});
