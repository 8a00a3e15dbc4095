import { describe, expect, it } from 'vitest';
import { html } from '../html.ts';
import { componentMessages } from './messages.ts';
import { forbiddenPage, homeCard } from './pages.ts';
import { testContext } from './test-support.ts';

describe('pages', () => {
  it('403 body: a heading, what was asked, whom to ask, the way home', () => {
    const out = forbiddenPage(testContext(), {
      what: 'Members of <Finance>',
      contact: html`<a href="mailto:a@b.mn">a@b.mn</a>`,
    }).value;
    expect(out).toMatch(/^<h1>You do not have access to this page<\/h1>/);
    expect(out).toContain('<p class="lead">Members of &lt;Finance&gt;</p>');
    expect(out).toContain('<p><a href="mailto:a@b.mn">a@b.mn</a></p>');
    expect(out).toContain('<p><a href="/">Go to the home page</a></p>');
    expect(forbiddenPage(testContext('mn')).value).toContain('<h1>Танд энэ хуудсыг үзэх эрх алга</h1>');
  });

  it('home card: the card the modules draw today, and a headline figure when given', () => {
    expect(homeCard({ href: '/datasets', title: 'Open data', text: 'Every dataset' }).value).toBe(
      '<a class="card" href="/datasets"><h3>Open data</h3><p>Every dataset</p></a>',
    );
    expect(
      homeCard({
        href: '/procurement',
        title: 'Public procurement',
        text: 'Tenders & contracts',
        figure: { value: '1 204', label: 'contracting processes' },
      }).value,
    ).toBe(
      '<a class="card" href="/procurement"><h3>Public procurement</h3><p class="card-figure"><span class="card-number">1 204</span> contracting processes</p><p>Tenders &amp; contracts</p></a>',
    );
  });
});

describe('component messages', () => {
  it('say every word in both languages', () => {
    expect(Object.keys(componentMessages.mn).sort()).toEqual(Object.keys(componentMessages.en).sort());
  });
});
