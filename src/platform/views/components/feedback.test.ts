import { describe, expect, it } from 'vitest';
import { confirmationPanel, emptyState, errorSummary, notice } from './feedback.ts';
import { testContext } from './test-support.ts';

const ctx = testContext();

describe('feedback components', () => {
  it('error summary links each problem to its field, escaped', () => {
    const out = errorSummary(ctx, [{ field: 'name', message: 'Enter <a> name' }]).value;
    expect(out).toContain('role="alert"');
    expect(out).toContain('<a href="#name">Enter &lt;a&gt; name</a>');
    expect(errorSummary(ctx, []).value).toBe('');
  });

  it('empty state keeps its markup', () => {
    expect(emptyState('Nothing yet', 'Come back').value).toBe(
      '<div class="empty-state"><p class="empty-title">Nothing yet</p><p>Come back</p></div>',
    );
  });

  it('notice: success is the plain .notice, inset and warning add their class, warning says so', () => {
    expect(notice(ctx, { tone: 'success', body: 'Saved' }).value).toBe(
      '<div class="notice"><p>Saved</p></div>',
    );
    expect(notice(ctx, { tone: 'inset', body: 'Keep <this>' }).value).toBe(
      '<div class="notice notice-inset"><p>Keep &lt;this&gt;</p></div>',
    );
    expect(notice(ctx, { tone: 'warning', body: 'Removing a member cannot be undone' }).value).toBe(
      '<div class="notice notice-warning"><p><strong><span class="visually-hidden">Warning:</span> Removing a member cannot be undone</strong></p></div>',
    );
    expect(notice(testContext('mn'), { tone: 'warning', body: 'x' }).value).toContain('Анхааруулга:');
  });

  it('confirmation panel: heading, reference, next steps', () => {
    const out = confirmationPanel({
      title: 'Request sent',
      reference: { label: 'Your reference', value: 'FB-2026-0042' },
      body: 'We reply within 30 days',
    }).value;
    expect(out).toBe(
      '<div class="panel-confirmation"><h1 class="panel-title">Request sent</h1><p class="panel-body">Your reference<br><strong class="panel-reference">FB-2026-0042</strong></p><p class="panel-body">We reply within 30 days</p></div>',
    );
    expect(confirmationPanel({ title: 'Done & dusted', headingLevel: 2 }).value).toBe(
      '<div class="panel-confirmation"><h2 class="panel-title">Done &amp; dusted</h2></div>',
    );
  });
});
