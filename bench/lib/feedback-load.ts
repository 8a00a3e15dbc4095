import { createApiToken } from '../../src/platform/auth/api-tokens.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import type { Queryable } from '../../src/platform/db/database.ts';
import { sql } from '../../src/platform/db/sql.ts';

/** An organisation's system account with an API token allowed to file cases, as an administrator would issue it. */
export async function feedbackToken(db: Queryable, slug = 'government-11-11-centre'): Promise<string> {
  const [org] = await db.query<{ id: number }>(sql`select id from organizations where slug = ${slug}`);
  if (!org) throw new Error(`no organisation ${slug}`);
  const user = await createUser(db, {
    email: `system+${slug}-bench-${Date.now().toString(36)}@shilen.invalid`,
    displayName: `${slug} switchboard`,
    passwordHash: null,
    locale: 'mn',
    emailVerified: true,
  });
  await db.query(
    sql`insert into role_grants (user_id, role, organization_id) values (${user.id}, 'organization-publisher', ${org.id})`,
  );
  const { token } = await createApiToken(db, {
    userId: user.id,
    organizationId: org.id,
    name: 'switchboard',
    scopes: ['feedback.submit-api'],
    expiresAt: new Date(Date.now() + 86_400_000),
    createdBy: null,
  });
  return token;
}

const categories = ['roads', 'land', 'utilities', 'health', 'education', 'social-welfare', 'taxes', 'other'];
const aimags = ['11', '65', '64', '63', '82', '44', '48', '84', '67', '81'];

/** The n-th case of a load: varied category and aimag, a realistic length of text. */
export function benchCase(n: number) {
  return {
    kind: n % 5 === 0 ? 'petition' : 'complaint',
    category: categories[n % categories.length]!,
    aimag: aimags[n % aimags.length]!,
    subject: `Хандлага ${n}: гудамжны гэрэлтүүлэг ажиллахгүй байна`,
    body: `Манай хорооны гудамжны гэрэл ${(n % 30) + 1} хоног ажиллахгүй байна. Орой харанхуй, хүүхдүүд сургуулиас ирэхэд аюултай. Засварлаж өгнө үү.`,
    ...(n % 3 === 0 ? { phone: '99001122', name: 'Бат' } : {}),
  };
}
