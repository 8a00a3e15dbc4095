import { describe, expect, it } from 'vitest';
import { expectToContainAll } from '../../../../test/support/expect.ts';
import { html } from '../html.ts';
import {
  checkbox,
  checkboxes,
  dateInput,
  fieldset,
  fileUpload,
  filterForm,
  radios,
  select,
  selectField,
  textarea,
  textField,
} from './fields.ts';
import { testContext } from './test-support.ts';

const ctx = testContext();

/** The attributes of the element with `id`, as the browser would read them. */
function element(markup: string, id: string): string {
  const match = new RegExp(`<(input|select|textarea)[^>]*\\sid="${id}"[^>]*>`).exec(markup);
  if (!match) throw new Error(`no control #${id} in ${markup}`);
  return match[0];
}

describe('text fields', () => {
  it('keeps the text field the modules use, byte for byte', () => {
    expect(
      textField('email', 'Email', 'a"b', { type: 'email', hint: 'H', error: 'E', autocomplete: 'email' })
        .value,
    ).toBe(`<div class="field field-error"><label for="email">Email</label>
  <p class="hint" id="email-hint">H</p>
  <p class="error-message" id="email-error">E</p>
  <input id="email" name="email" type="email" value="a&quot;b" autocomplete="email" aria-describedby="email-hint email-error" aria-invalid="true">
</div>`);
    expect(
      selectField('kind', 'Kind', [{ value: 'a', label: 'A' }], 'a', 'Any').value,
    ).toBe(`<div class="field"><label for="kind">Kind</label>
  <select id="kind" name="kind">
    <option value="">Any</option>
    <option value="a" selected>A</option>
  </select></div>`);
  });

  it('textarea: label tied, hint and error described, error prefixed, value escaped', () => {
    const out = textarea(ctx, {
      id: 'justification',
      label: 'Why',
      hint: 'Say what changed',
      value: 'A <b>',
      error: 'Enter why',
      rows: 4,
    }).value;
    expect(out).toContain('<label for="justification">Why</label>');
    expect(out).toContain('<p class="hint" id="justification-hint">Say what changed</p>');
    expect(out).toContain(
      '<p class="error-message" id="justification-error"><span class="visually-hidden">Error:</span> Enter why</p>',
    );
    expect(element(out, 'justification')).toBe(
      '<textarea id="justification" name="justification" rows="4" aria-describedby="justification-hint justification-error" aria-invalid="true">',
    );
    expect(out).toContain('>A &lt;b&gt;</textarea>');
    expect(out).toContain('class="field field-error"');
  });

  it('textarea without hint or error names nothing and says the prefix in Mongolian when asked', () => {
    expect(element(textarea(ctx, { id: 'notes', label: 'Notes' }).value, 'notes')).toBe(
      '<textarea id="notes" name="notes" rows="5">',
    );
    expect(textarea(testContext('mn'), { id: 'n', label: 'N', error: 'E' }).value).toContain(
      '<span class="visually-hidden">Алдаа:</span> E',
    );
  });

  it('select: placeholder, selected choice, error state', () => {
    const out = select(ctx, {
      id: 'role',
      label: 'Role',
      placeholder: 'Choose a role',
      selected: 'editor',
      options: [
        { value: 'editor', label: 'Editor' },
        { value: 'viewer', label: 'Viewer & co' },
      ],
      error: 'Choose a role',
    }).value;
    expectToContainAll(out, [
      '<label for="role">Role</label>',
      '<option value="">Choose a role</option>',
      '<option value="editor" selected>Editor</option>',
      '<option value="viewer">Viewer &amp; co</option>',
    ]);
    expect(element(out, 'role')).toBe(
      '<select id="role" name="role" aria-describedby="role-error" aria-invalid="true">',
    );
  });
});

describe('groups', () => {
  it('radios: a fieldset and legend, the first radio carries the id, option hints described', () => {
    const out = radios(ctx, {
      id: 'channel',
      label: 'How should we reply?',
      selected: 'email',
      error: 'Choose how',
      options: [
        { value: 'email', label: 'By email' },
        { value: 'post', label: 'By post', hint: 'Takes longer' },
      ],
    }).value;
    expect(out).toMatch(
      /^<fieldset class="field field-error" aria-describedby="channel-error">\s*<legend>How should we reply\?<\/legend>/,
    );
    expect(element(out, 'channel')).toBe(
      '<input type="radio" id="channel" name="channel" value="email" checked>',
    );
    expect(element(out, 'channel-2')).toBe(
      '<input type="radio" id="channel-2" name="channel" value="post" aria-describedby="channel-2-item-hint">',
    );
    expect(out).toContain(
      '<label for="channel-2">By post <span class="hint" id="channel-2-item-hint">Takes longer</span></label>',
    );
    expect(out).toContain('<span class="visually-hidden">Error:</span> Choose how');
  });

  it('checkboxes: every ticked value checked, all under one name', () => {
    const out = checkboxes(ctx, {
      id: 'topics',
      label: 'Topics',
      hint: 'Choose all that apply',
      selected: ['water', 'roads'],
      options: [
        { value: 'water', label: 'Water' },
        { value: 'roads', label: 'Roads' },
        { value: 'schools', label: 'Schools' },
      ],
    }).value;
    expect(out).toContain('<fieldset class="field" aria-describedby="topics-hint">');
    expect(element(out, 'topics')).toBe(
      '<input type="checkbox" id="topics" name="topics" value="water" checked>',
    );
    expect(element(out, 'topics-2')).toContain('checked');
    expect(element(out, 'topics-3')).toBe(
      '<input type="checkbox" id="topics-3" name="topics" value="schools">',
    );
    expect(out).toContain('<label for="topics-3">Schools</label>');
  });

  it('a legend can be the page heading', () => {
    expect(radios(ctx, { id: 'q', label: 'Question', legendIsHeading: true, options: [] }).value).toContain(
      '<legend><h1>Question</h1></legend>',
    );
  });

  it('checkbox: posts "1", label after it, hint described', () => {
    const out = checkbox(ctx, {
      id: 'includeSub',
      label: 'Include sub-organisations',
      hint: 'Their members too',
      checked: true,
    }).value;
    expect(element(out, 'includeSub')).toBe(
      '<input type="checkbox" id="includeSub" name="includeSub" value="1" checked aria-describedby="includeSub-hint">',
    );
    expect(out).toContain('<label for="includeSub">Include sub-organisations</label>');
    expect(element(checkbox(ctx, { id: 'x', label: 'X', checked: false }).value, 'x')).not.toContain(
      'checked',
    );
  });

  it('fieldset: legend, hint named by the fieldset, body as given', () => {
    const out = fieldset({
      legend: 'Period',
      id: 'period',
      hint: 'Both dates are included',
      body: html`<p>fields</p>`,
    }).value;
    expectToContainAll(out, [
      '<fieldset class="fieldset" aria-describedby="period-hint">',
      '<legend>Period</legend>',
      '<p class="hint" id="period-hint">Both dates are included</p>',
      '<p>fields</p>',
    ]);
  });
});

describe('dates and files', () => {
  it('date: one type=date input with its bounds', () => {
    const out = dateInput(ctx, {
      id: 'startDate',
      label: 'Start date',
      hint: 'For example 2026-03-27',
      value: '2026-03-27',
      min: '2020-01-01',
      error: 'Enter a real date',
    }).value;
    expect(out).toContain('<label for="startDate">Start date</label>');
    expect(element(out, 'startDate')).toBe(
      '<input id="startDate" name="startDate" type="date" value="2026-03-27" min="2020-01-01" aria-describedby="startDate-hint startDate-error" aria-invalid="true">',
    );
  });

  it('file: accept list, multiple, hint', () => {
    const out = fileUpload(ctx, {
      id: 'file',
      label: 'Upload a file',
      hint: 'CSV or JSON, up to 20 MB',
      accept: ['.csv', 'application/json'],
      multiple: true,
    }).value;
    expect(out).toContain('<label for="file">Upload a file</label>');
    expect(element(out, 'file')).toBe(
      '<input id="file" name="file" type="file" multiple accept=".csv,application/json" aria-describedby="file-hint">',
    );
  });
});

describe('filter form', () => {
  it('a GET form with its fields, an apply button and a clear link', () => {
    const out = filterForm(ctx, '/organizations', [
      selectField('kind', 'Kind', [{ value: 'ministry', label: 'Ministry' }], undefined, 'Any'),
    ]).value;
    expect(out).toMatch(/^<form class="filters" method="get" action="\/organizations" aria-label="[^"]+">/);
    expectToContainAll(out, [
      '<label for="kind">Kind</label>',
      '<button type="submit" class="button">',
      '<a href="/organizations">',
    ]);
  });
});
