import { describe, expect, it } from 'vitest';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { messages } from './messages.ts';
import { createAdministrationApp, invitationToken, lastMailTo } from './test-support.ts';

const { app, ctx } = await createAdministrationApp();
/** A key the translator did not know shows as `[key]`. */
const MISSING = /\[[a-z]+(\.[A-Za-z0-9-]+)+\]/;

describe('administration texts', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.mn).sort());
  });

  for (const lang of ['mn', 'en'] as const) {
    it(`renders every page and every error in ${lang} without a missing text`, async () => {
      const root = await signedInAs(app, ctx, { role: 'platform-administrator' });
      const base = '/admin/organizations/ministry-of-finance';
      const pages = [
        `/admin?lang=${lang}`,
        `${base}/members?lang=${lang}&done=invited`,
        `${base}/tokens?lang=${lang}&done=revoked`,
        `${base}/tokens/issued?lang=${lang}`,
        `/admin/roles?lang=${lang}&done=granted`,
        `/admin/audit?lang=${lang}&from=nope&action=Bad!`,
      ];
      for (const url of pages) {
        const res = await root.get(url);
        expect(res.statusCode, url).toBeLessThan(500);
        expect(res.body, url).not.toMatch(MISSING);
        expect(res.body).toContain(`<html lang="${lang}">`);
      }
      await root.get(`${base}/members?lang=${lang}`);
      const errors = [
        await root.submit(`${base}/invitations`, {
          email: 'x',
          role: 'moderator',
          includeSubOrganizations: '1',
        }),
        await root.submit(`${base}/members/grants`, { member: '0', memberRole: '' }, { csrf: root.csrf() }),
      ];
      await root.get(`${base}/tokens?lang=${lang}`);
      errors.push(await root.submit(`${base}/tokens`, { name: '', expiresOn: '2020-13-01', scopes: 'x.y' }));
      await root.get(`/admin/roles?lang=${lang}`);
      errors.push(
        await root.submit('/admin/roles', { email: 'nobody@example.mn', role: 'organization-publisher' }),
      );
      for (const res of errors) {
        expect(res.statusCode).toBe(422);
        expect(res.body).not.toMatch(MISSING);
      }

      await root.get(`${base}/members?lang=${lang}`);
      await root.submit(`${base}/invitations`, {
        email: `texts-${lang}@example.mn`,
        role: 'organization-responder',
      });
      const mail = await lastMailTo(ctx, `texts-${lang}@example.mn`);
      expect(mail?.text).not.toMatch(MISSING);
      const invitation = await new TestClient(app).get(
        `/invitations/${invitationToken(mail!.text)}?lang=${lang}`,
      );
      expect(invitation.body).not.toMatch(MISSING);
    });
  }
});
