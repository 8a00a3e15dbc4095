import { CHECKBOX_VALUE } from '../../patterns.ts';
import type { PageContext } from '../context.ts';
import { type Html, type HtmlValue, html } from '../html.ts';
import './messages.ts';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select, as the filter forms use it (`anyLabel` adds a first, empty "Any" choice).
 * A form field with a hint or an error uses `select`.
 *
 * @example
 * selectField('kind', 'Kind', [{ value: 'a', label: 'A' }], 'a', 'Any')
 */
export function selectField(
  id: string,
  label: string,
  options: readonly SelectOption[],
  selected?: string,
  anyLabel?: string,
): Html {
  return html`<div class="field"><label for="${id}">${label}</label>
  <select id="${id}" name="${id}">
    ${anyLabel !== undefined ? html`<option value="">${anyLabel}</option>` : ''}
    ${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}
  </select></div>`;
}

export interface TextFieldOptions {
  type?: string;
  error?: string;
  hint?: string;
  /** The autocomplete token (WCAG 1.3.5): `email`, `current-password`, `one-time-code`… */
  autocomplete?: string;
  inputmode?: string;
}

/**
 * A one-line text input (`type` email, number, password…, with its autocomplete token).
 *
 * @example
 * textField('email', 'Email', 'a"b', { type: 'email', hint: 'H', error: 'E', autocomplete: 'email' })
 */
export function textField(id: string, label: string, value?: string, options: TextFieldOptions = {}): Html {
  return html`<div class="field${options.error ? ' field-error' : ''}"><label for="${id}">${label}</label>
  ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
  ${options.error ? html`<p class="error-message" id="${id}-error">${options.error}</p>` : ''}
  <input id="${id}" name="${id}" type="${options.type ?? 'text'}" value="${value ?? ''}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}${describedAttrs(id, options)}>
</div>`;
}

/**
 * A filter panel: a plain GET form, so filtered URLs can be shared and work without JavaScript.
 *
 * @example
 * filterForm(ctx, '/organizations', [selectField('kind', 'Kind', [{ value: 'ministry', label: 'Ministry' }], undefined, 'Any')])
 */
export function filterForm(ctx: PageContext, action: string, fields: readonly Html[]): Html {
  return html`<form class="filters" method="get" action="${action}" aria-label="${ctx.t('filters.label')}">
  <h2 class="filters-title">${ctx.t('filters.title')}</h2>
  ${fields}
  <div class="filter-actions"><button type="submit" class="button">${ctx.t('filters.apply')}</button>
  <a href="${action}">${ctx.t('filters.clear')}</a></div>
</form>`;
}

/*
 * The form fields below follow the GOV.UK Design System: a visible label tied to its control
 * (`label for`, or `fieldset` + `legend` for a group), the hint and the error above the control
 * and named in its `aria-describedby`, `aria-invalid` on a control in error, and the error
 * message prefixed with a visually hidden "Error:" so a screen reader says what it is. The error
 * summary links to `#id`, so the first control of a group carries the group's `id`. They post
 * plain HTML forms and need no JavaScript.
 */

/** Where a component finds its words (a page's `PageContext` or `{ t }`). */
export type WordsContext = Pick<PageContext, 't'>;

/** What every field takes. */
export interface FieldParams {
  /** The control's id and form name; the error summary links to `#id`. */
  id: string;
  /** The form name when it differs from the id. */
  name?: string;
  label: string;
  hint?: string;
  /** The message of the field problem, already translated; puts the field in its error state. */
  error?: string;
}

function describedBy(id: string, p: { hint?: string; error?: string }): string {
  return [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

function describedAttrs(id: string, p: { hint?: string; error?: string }): Html {
  const ids = describedBy(id, p);
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${p.error ? html` aria-invalid="true"` : ''}`;
}

/** The hint and the error message of a field, in that order, with the ids the control names. */
export function hintAndError(ctx: WordsContext, id: string, p: { hint?: string; error?: string }): Html {
  return html`${p.hint ? html`<p class="hint" id="${id}-hint">${p.hint}</p>` : ''}${p.error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${ctx.t('components.error')}:</span> ${p.error}</p>` : ''}`;
}

const fieldClass = (p: { error?: string }, extra = ''): string =>
  `field${extra ? ` ${extra}` : ''}${p.error ? ' field-error' : ''}`;

/** A labelled control: the field's box in its error state, the label, the hint and error, the control. */
function labelled(ctx: WordsContext, p: FieldParams, control: Html): Html {
  return html`<div class="${fieldClass(p)}"><label for="${p.id}">${p.label}</label>
  ${hintAndError(ctx, p.id, p)}
  ${control}
</div>`;
}

/** The id and form name every control carries. */
const controlAttrs = (p: FieldParams): Html => html`id="${p.id}" name="${p.name ?? p.id}"`;

export interface TextareaParams extends FieldParams {
  value?: string;
  /** Visible lines; 5 unless said. */
  rows?: number;
  maxlength?: number;
  autocomplete?: string;
}

/**
 * A multi-line text field.
 *
 * @example
 * textarea(ctx, { id: 'justification', label: 'Why', hint: 'Say what changed', value: 'A <b>', error: 'Enter why', rows: 4 })
 */
export function textarea(ctx: WordsContext, p: TextareaParams): Html {
  return labelled(
    ctx,
    p,
    html`<textarea ${controlAttrs(p)} rows="${p.rows ?? 5}"${p.maxlength ? html` maxlength="${p.maxlength}"` : ''}${p.autocomplete ? html` autocomplete="${p.autocomplete}"` : ''}${describedAttrs(p.id, p)}>${p.value ?? ''}</textarea>`,
  );
}

/** A labelled group of a select's choices (`<optgroup>`). */
export interface SelectGroup {
  label: string;
  options: readonly (SelectOption & { data?: Readonly<Record<string, string>> })[];
}

export interface SelectParams extends FieldParams {
  options: readonly SelectOption[];
  /** Groups of choices after `options`, each under its label (`<optgroup>`); an option's `data` becomes `data-*` attributes. */
  groups?: readonly SelectGroup[];
  selected?: string;
  /** A first, empty choice ("Choose…", "Any"); left out when undefined. */
  placeholder?: string;
}

/**
 * A drop-down list of choices; prefer `radios` for fewer than about seven.
 *
 * @example
 * select(ctx, { id: 'role', label: 'Role', placeholder: 'Choose a role', selected: 'editor',
 *   options: [{ value: 'editor', label: 'Editor' }, { value: 'viewer', label: 'Viewer' }], error: 'Choose a role' })
 */
export function select(ctx: WordsContext, p: SelectParams): Html {
  return labelled(
    ctx,
    p,
    html`<select ${controlAttrs(p)}${describedAttrs(p.id, p)}>
    ${p.placeholder !== undefined ? html`<option value="">${p.placeholder}</option>` : ''}
    ${p.options.map((o) => html`<option value="${o.value}"${o.value === p.selected ? html` selected` : ''}>${o.label}</option>`)}
    ${(p.groups ?? []).map(
      (g) =>
        html`<optgroup label="${g.label}">${g.options.map(
          (o) =>
            html`<option value="${o.value}"${Object.entries(o.data ?? {}).map(([k, v]) => html` data-${k}="${v}"`)}${o.value === p.selected ? html` selected` : ''}>${o.label}</option>`,
        )}</optgroup>`,
    )}
  </select>`,
  );
}

/** One choice of a radio or checkbox group. */
export interface ChoiceOption extends SelectOption {
  /** A hint under this choice alone. */
  hint?: string;
}

interface GroupParams extends FieldParams {
  options: readonly ChoiceOption[];
  /** Shown as the page's heading (`<h1>` inside the legend) when the group is the page's one question. */
  legendIsHeading?: boolean;
}

function group(
  ctx: WordsContext,
  type: 'radio' | 'checkbox',
  p: GroupParams,
  isChosen: (v: string) => boolean,
): Html {
  const legend = p.legendIsHeading ? html`<h1>${p.label}</h1>` : p.label;
  const cls = type === 'radio' ? 'radio' : 'checkbox';
  // The group names its hint and error; aria-invalid belongs on controls, not on a group (ARIA 1.2).
  const ids = describedBy(p.id, p);
  return html`<fieldset class="${fieldClass(p)}"${ids ? html` aria-describedby="${ids}"` : ''}>
  <legend>${legend}</legend>
  ${hintAndError(ctx, p.id, p)}
  ${p.options.map((o, i) => {
    const id = i === 0 ? p.id : `${p.id}-${i + 1}`;
    return html`<div class="${cls}"><input type="${type}" id="${id}" name="${p.name ?? p.id}" value="${o.value}"${isChosen(o.value) ? html` checked` : ''}${o.hint ? html` aria-describedby="${id}-item-hint"` : ''}>
    <label for="${id}">${o.label}${o.hint ? html` <span class="hint" id="${id}-item-hint">${o.hint}</span>` : ''}</label></div>`;
  })}
</fieldset>`;
}

export interface RadiosParams extends GroupParams {
  selected?: string;
}

/**
 * One choice out of a few, under a `fieldset` whose `legend` is the question. The first radio has
 * the group's id (the error summary's link), the others `id-2`, `id-3`…
 *
 * @example
 * radios(ctx, { id: 'channel', label: 'How should we reply?', selected: 'email', error: 'Choose how',
 *   options: [{ value: 'email', label: 'By email' }, { value: 'post', label: 'By post', hint: 'Takes longer' }] })
 */
export function radios(ctx: WordsContext, p: RadiosParams): Html {
  return group(ctx, 'radio', p, (v) => v === p.selected);
}

export interface CheckboxesParams extends GroupParams {
  selected?: readonly string[];
}

/**
 * Several choices under one question; each box posts its own `value` under the group's name
 * (a body schema reads them as a string or an array of strings).
 *
 * @example
 * checkboxes(ctx, { id: 'topics', label: 'Topics', hint: 'Choose all that apply', selected: ['water'],
 *   options: [{ value: 'water', label: 'Water' }, { value: 'roads', label: 'Roads' }] })
 */
export function checkboxes(ctx: WordsContext, p: CheckboxesParams): Html {
  const chosen = new Set(p.selected ?? []);
  return group(ctx, 'checkbox', p, (v) => chosen.has(v));
}

export interface CheckboxParams extends FieldParams {
  checked: boolean;
}

/**
 * One yes/no box, label after it. **The one convention:** a ticked box posts `CHECKBOX_VALUE`
 * (`"1"`), an unticked one posts nothing; read it with `isChecked` from `platform/patterns.ts`.
 *
 * @example
 * checkbox(ctx, { id: 'includeSub', label: 'Include sub-organisations', hint: 'Their members too', checked: true })
 */
export function checkbox(ctx: WordsContext, p: CheckboxParams): Html {
  return html`<div class="${fieldClass(p)}">
  ${hintAndError(ctx, p.id, p)}
  <div class="checkbox"><input type="checkbox" ${controlAttrs(p)} value="${CHECKBOX_VALUE}"${p.checked ? html` checked` : ''}${describedAttrs(p.id, p)}>
  <label for="${p.id}">${p.label}</label></div></div>`;
}

export interface DateInputParams extends FieldParams {
  /** `YYYY-MM-DD`, as forms post it and `platform/patterns.ts`'s `isIsoDate` checks it. */
  value?: string;
  min?: string;
  max?: string;
}

/**
 * A calendar date as one `<input type="date">` (what the modules use today): browsers show their
 * own picker and post `YYYY-MM-DD`; one without a picker shows a text box, so say the format in
 * the hint.
 *
 * @example
 * dateInput(ctx, { id: 'startDate', label: 'Start date', hint: 'For example 2026-03-27', value: '2026-03-27', min: '2020-01-01' })
 */
export function dateInput(ctx: WordsContext, p: DateInputParams): Html {
  return labelled(
    ctx,
    p,
    html`<input ${controlAttrs(p)} type="date" value="${p.value ?? ''}"${p.min ? html` min="${p.min}"` : ''}${p.max ? html` max="${p.max}"` : ''}${describedAttrs(p.id, p)}>`,
  );
}

export interface FileUploadParams extends FieldParams {
  /** File types offered by the picker (`.csv`, `application/json`…); the server still checks what arrives. */
  accept?: readonly string[];
  multiple?: boolean;
}

/**
 * A file picker. Its form must be `method="post" enctype="multipart/form-data"`; say the accepted
 * types and the size limit in the hint, since `accept` only filters the picker.
 *
 * @example
 * fileUpload(ctx, { id: 'file', label: 'Upload a file', hint: 'CSV or JSON, up to 20 MB', accept: ['.csv', 'application/json'] })
 */
export function fileUpload(ctx: WordsContext, p: FileUploadParams): Html {
  return labelled(
    ctx,
    p,
    html`<input ${controlAttrs(p)} type="file"${p.multiple ? html` multiple` : ''}${p.accept && p.accept.length > 0 ? html` accept="${p.accept.join(',')}"` : ''}${describedAttrs(p.id, p)}>`,
  );
}

export interface FieldsetParams {
  legend: string;
  /** The legend as the page's `<h1>` when the fieldset is the page's one question. */
  legendIsHeading?: boolean;
  /** Gives the hint an id (`id-hint`) that the fieldset names. */
  id?: string;
  hint?: string;
  body: HtmlValue;
}

/**
 * Groups related fields (an address, a period) under a legend.
 *
 * @example
 * fieldset({ legend: 'Period', id: 'period', hint: 'Both dates are included', body: html`<p>fields</p>` })
 */
export function fieldset(p: FieldsetParams): Html {
  const hint =
    p.hint && p.id
      ? html`<p class="hint" id="${p.id}-hint">${p.hint}</p>`
      : p.hint
        ? html`<p class="hint">${p.hint}</p>`
        : '';
  return html`<fieldset class="fieldset"${p.hint && p.id ? html` aria-describedby="${p.id}-hint"` : ''}>
  <legend>${p.legendIsHeading ? html`<h1>${p.legend}</h1>` : p.legend}</legend>
  ${hint}
  ${p.body}
</fieldset>`;
}
