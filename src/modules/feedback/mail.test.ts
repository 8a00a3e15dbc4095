import { describe, expect, test } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { type Actor, anonymous } from '../../platform/auth/actor.ts';
import { actorForUser, createUser } from '../../platform/auth/users.ts';
import { sql } from '../../platform/db/sql.ts';
import { answerCase } from './respond.ts';
import { submitCase } from './submit.ts';
import { meta, sampleCase, staffActor } from './test-support.ts';

const { ctx } = await createTestApp();

// What someone would like the centre to mail to a stranger in its own name.
const BAIT = 'Your pension is stopped: confirm your PIN at pension-mn.example today';
const IMPOSTOR = 'Social Insurance Office';

const submit = (actor: Actor, input: Record<string, string>, now: Date) =>
  submitCase(ctx, actor, { ...sampleCase, ...input }, { channel: 'web', meta: meta(now), locale: 'en' });

const mailsTo = (address: string) =>
  ctx.db.query<{ subject: string; text: string }>(
    sql`select subject, text_body as text from mail_outbox where to_address = ${address} order by id`,
  );

describe('mail to the submitter', () => {
  test('carries the tracking number, the link and the deadline, and nothing the submitter wrote', async () => {
    const victim = 'dulmaa.b@example.mn';
    const filed = await submit(
      anonymous,
      { subject: BAIT.slice(0, 60), body: BAIT, name: IMPOSTOR, email: victim },
      new Date(),
    );
    if (!filed.ok) throw new Error(JSON.stringify(filed.problems));
    const [ack, ...rest] = await mailsTo(victim);
    expect(rest).toEqual([]);
    expect(ack!.subject).toContain(filed.value.number);
    expect(ack!.text).toContain(`/feedback/follow/${filed.value.followToken}`);
    const governor = await staffActor(ctx, 'organization-responder', 'governor-arkhangai');
    expect((await answerCase(ctx, governor, filed.value.number, { text: 'Done.' }, meta())).ok).toBe(true);
    const mails = await mailsTo(victim);
    expect(mails).toHaveLength(2);
    for (const mail of mails)
      for (const words of ['pension', 'PIN', IMPOSTOR])
        expect(`${mail.subject}\n${mail.text}`, `a mail says ${words}`).not.toContain(words);
  });

  test('an address nobody confirmed gets a few acknowledgements a day; a confirmed one all of them', async () => {
    const limit = ctx.country.feedback.unconfirmedMailsPerDay;
    const stranger = 'oyun.s@example.mn';
    const day = new Date('2026-05-04T02:00:00Z');
    for (let i = 0; i <= limit + 1; i += 1) {
      const filed = await submit(anonymous, { email: stranger }, new Date(day.getTime() + i * 60_000));
      // Every case is filed: it is only the mail that stops.
      expect(filed.ok).toBe(true);
    }
    expect(await mailsTo(stranger)).toHaveLength(limit);
    // The next day in Ulaanbaatar (16:00 UTC is midnight there), the address gets mail again.
    await submit(anonymous, { email: stranger }, new Date('2026-05-04T16:00:01Z'));
    expect(await mailsTo(stranger)).toHaveLength(limit + 1);

    // The same address, given by the account that confirmed it, is mailed every time.
    const own = 'bold.citizen@example.mn';
    const user = await createUser(ctx.db, {
      email: own,
      displayName: 'Bold',
      passwordHash: null,
      locale: 'en',
      emailVerified: true,
    });
    const citizen = await actorForUser(ctx.db, user.id);
    for (let i = 0; i <= limit; i += 1)
      expect((await submit(citizen, { email: own }, new Date(day.getTime() + i * 60_000))).ok).toBe(true);
    expect(await mailsTo(own)).toHaveLength(limit + 1);
    // …but not when someone else gives it: their cases count against it as a stranger's.
    for (let i = 0; i <= limit; i += 1) await submit(anonymous, { email: own }, day);
    expect(await mailsTo(own)).toHaveLength(limit + 1 + limit);
  });
});
