import { describe, expect, it } from 'vitest';
import { expectToContainAll } from '../../../test/support/expect.ts';
import { testContext } from './components/test-support.ts';
import { errorSummary, pagination, table, textField } from './components.ts';
import { withQuery } from './context.ts';
import { html } from './html.ts';

const ctx = (url: string) => testContext('en', url);

describe('html', () => {
  it('escapes interpolated text but not nested html', () => {
    const name = '<b>"Tom" & \'Jerry\'</b>';
    expect(html`<p title="${name}">${name}${html`<i>ok</i>`}</p>`.value).toBe(
      '<p title="&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;<i>ok</i></p>',
    );
  });

  it('renders nothing for null, undefined and booleans, and joins arrays', () => {
    expect(html`${null}${undefined}${false}${true}${[1, html`<br>`, 'a<b']}`.value).toBe('1<br>a&lt;b');
  });
});

describe('withQuery', () => {
  it('replaces and removes parameters, keeping the others', () => {
    expect(withQuery('/organizations?kind=ministry&page=3', { page: null, sort: '-name' })).toBe(
      '/organizations?kind=ministry&sort=-name',
    );
  });
});

describe('table', () => {
  it('makes sortable headers links that toggle the direction, with aria-sort', () => {
    const out = table(ctx('/organizations?kind=ministry&page=2'), {
      caption: 'Bodies',
      sort: 'name',
      columns: [
        { key: 'name', label: 'Name', sortable: true },
        { key: 'count', label: 'Count', numeric: true },
      ],
      rows: [['<Finance>', 3]],
    }).value;
    expectToContainAll(out, [
      '<caption>Bodies</caption>',
      'aria-sort="ascending"',
      'href="/organizations?kind=ministry&amp;sort=-name"',
      '<td>&lt;Finance&gt;</td>',
      '<td class="numeric">3</td>',
    ]);
  });
});

describe('pagination', () => {
  it('shows nothing for one page', () => {
    expect(pagination(ctx('/x'), { page: 1, pageSize: 25, total: 20 }).value).toBe('');
  });

  it('links previous, next, the ends and the neighbours, marking the current page', () => {
    const out = pagination(ctx('/x?q=a&page=5'), { page: 5, pageSize: 10, total: 100 }).value;
    for (const p of [1, 4, 5, 6, 10]) expect(out).toContain(`href="/x?q=a&amp;page=${p}"`);
    expect(out).not.toContain('page=3"');
    expect(out).toContain('rel="prev"');
    expect(out).toContain('rel="next"');
    expect(out).toMatch(/page=5" aria-current="page"/);
  });
});

describe('forms', () => {
  it('links each error in the summary to its field, and marks the field', () => {
    const summary = errorSummary(ctx('/x'), [{ field: 'email', message: 'Enter an email address' }]).value;
    expect(summary).toContain('role="alert"');
    expect(summary).toContain('<a href="#email">Enter an email address</a>');
    const field = textField('email', 'Email', 'x', {
      error: 'Enter an email address',
      hint: 'We reply here',
    }).value;
    expect(field).toContain('aria-invalid="true"');
    expect(field).toContain('aria-describedby="email-hint email-error"');
  });
});
