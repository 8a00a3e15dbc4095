import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { groupedNavigation } from './navigation.ts';

const { app } = await createTestApp();

describe('the header’s navigation', () => {
  it('groups the sections by what citizens look for, in the header’s order, leaving out empty groups', () => {
    const groups = groupedNavigation([
      { href: '/procurement', label: 'nav.procurement', group: 'money', order: 20 },
      { href: '/datasets', label: 'nav.datasets', group: 'registers', order: 90 },
      { href: '/organizations', label: 'nav.organizations', group: 'registers', order: 10 },
      { href: '/', label: 'layout.home', order: 0 },
    ]);
    expect(groups.map((g) => [g.id, g.items.map((i) => i.href)])).toEqual([
      ['registers', ['/organizations', '/datasets']],
      ['money', ['/procurement']],
    ]);
  });

  it('holds every installed section in a disclosure per group, which opens without JavaScript', async () => {
    const page = (await app.inject({ url: '/procurement?lang=en' })).body;
    const nav = page.slice(
      page.indexOf('<nav class="site-nav"'),
      page.indexOf('</nav>', page.indexOf('site-nav')),
    );
    for (const href of [
      '/',
      '/organizations',
      '/datasets',
      '/api',
      '/plans',
      '/feedback',
      '/procurement',
      '/extractives',
    ])
      expect(nav).toContain(`href="${href}"`);
    expect(nav.match(/<details/g)).toHaveLength(5);
    expect(nav).toContain('<summary>Public money</summary>');
    expect(nav).toContain('<summary>Citizens’ voice and services</summary>');
    expect(nav).toContain('<summary>Natural resources</summary>');
    expect(nav).not.toContain('Justice and integrity'); // no module of that group is installed yet
    // The group of the current page is marked, and the page's own link is the current one.
    expect(nav).toMatch(/<details class="current"><summary>Public money<\/summary>/);
    expect(nav).toContain('<a href="/procurement" aria-current="page">');
  });

  it('names the groups in Mongolian by default', async () => {
    const page = (await app.inject({ url: '/organizations' })).body;
    expect(page).toContain('<summary>Бүртгэл, нээлттэй өгөгдөл</summary>');
  });
});

describe('the home page', () => {
  it('shows each module’s card under its group, in the header’s order', async () => {
    const page = (await app.inject({ url: '/?lang=en' })).body;
    const order = ['home-registers', 'home-money', 'home-voice', 'home-plan'].map((id) =>
      page.indexOf(`id="${id}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const money = page.slice(order[1], order[2]);
    expect(money).toContain('href="/procurement"');
  });
});
