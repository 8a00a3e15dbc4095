import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/platform/config.ts';
import { startServer } from '../src/platform/runtime.ts';
import { createSession } from '../src/platform/auth/sessions.ts';
import { createUser } from '../src/platform/auth/users.ts';
import { sql } from '../src/platform/db/sql.ts';

const dataDir = await mkdtemp(path.join(tmpdir(), 'fbshots-'));
const server = await startServer(loadConfig({ ...process.env, PORT: '39123', HOST: '127.0.0.1', SHILEN_PUBLIC_URL: 'http://127.0.0.1:39123', SHILEN_DATA_DIR: dataDir, SHILEN_DEMO: 'true', LOG_LEVEL: 'warn' }));
const db = server.db;
const user = await createUser(db, { email: 'resp@example.mn', displayName: 'Responder', passwordHash: null, locale: 'en', emailVerified: true });
const [org] = await db.query<{ id: number }>(sql`select organization_id as id from feedback_cases group by organization_id order by count(*) desc limit 1`);
await db.query(sql`insert into role_grants (user_id, role, organization_id) values (${user.id}, 'organization-responder', ${org!.id})`);
const token = await createSession(db, user.id, { idleMinutes: 60, absoluteHours: 2 }, { secondFactor: true });
const [open] = await db.query<{ number: string }>(sql`select number from feedback_cases where organization_id = ${org!.id} and status = 'received' limit 1`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shots: [string, string][] = [['home', '/feedback?lang=en'], ['new', '/feedback/new?lang=en'], ['kiosk', '/kiosk/feedback'], ['reports', '/feedback/reports?lang=en']];
for (const [name, url] of shots) { await page.goto(`http://127.0.0.1:39123${url}`); await page.screenshot({ path: `/tmp/fbshots/${name}.png`, fullPage: name !== 'reports' }); }
await page.goto('http://127.0.0.1:39123/feedback/reports?lang=en'); await page.screenshot({ path: '/tmp/fbshots/reports-full.png', fullPage: true });
await page.context().addCookies([{ name: 'sid', value: token, url: 'http://127.0.0.1:39123' }]);
await page.goto('http://127.0.0.1:39123/feedback/console?lang=en'); await page.screenshot({ path: '/tmp/fbshots/console.png', fullPage: true });
await page.goto(`http://127.0.0.1:39123/feedback/console/cases/${open!.number}?lang=en`); await page.screenshot({ path: '/tmp/fbshots/case.png', fullPage: true });
await browser.close();
await server.app.close();
console.log('done');
