// Sign-in latency with the production password cost: `npm run bench -- sign-in [--users 200]
// [--duration 20] [--concurrency 1,4,8]`. Each virtual user loads the sign-in form (for its CSRF
// token) and posts its password, from an address of its own (X-Forwarded-For, the server trusting
// its proxy), so the per-address limits see many visitors; only the POST is timed.
import { parseArgs } from 'node:util';
import { hashPassword, productionCost } from '../src/platform/auth/passwords.ts';
import { createUser } from '../src/platform/auth/users.ts';
import { prepareData } from './lib/engine.ts';
import { describeMachine, loadAverage, machineLine } from './lib/machine.ts';
import { writeDocsMarkdown } from './lib/report.ts';
import { startShilen } from './lib/server.ts';

const PASSWORD = 'a benchmark passphrase';

interface Series {
  concurrency: number;
  signIns: number;
  failures: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function signInOnce(base: string, email: string, ip: string): Promise<number | null> {
  const form = await fetch(`${base}/sign-in`, { headers: { 'x-forwarded-for': ip } });
  const cookies = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const body = new URLSearchParams({ email, password: PASSWORD, next: '/account', _csrf: token });
  const started = performance.now();
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies, 'x-forwarded-for': ip },
    body,
  });
  const ms = performance.now() - started;
  await res.arrayBuffer();
  return res.status === 303 && res.headers.get('location') === '/account' ? ms : null;
}

export default async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '200' },
      duration: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '1,4,8' },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  const users = Number(values.users);
  const loadBefore = loadAverage();
  // One hash for every account: verifying it costs the same as verifying each its own.
  const hash = await hashPassword(PASSWORD, productionCost);
  const data = await prepareData('postgres', values['pg-url'], async (db) => {
    for (let i = 0; i < users; i++) {
      await createUser(db, {
        email: `bench${i}@example.mn`,
        displayName: `Bench ${i}`,
        passwordHash: hash,
        locale: 'mn',
        emailVerified: true,
      });
    }
    return `${users} citizen accounts with Argon2id m=${productionCost.memoryKiB} KiB, t=${productionCost.passes}`;
  });
  const server = await startShilen({ ...data.shilenEnv, SHILEN_TRUST_PROXY: 'true' }, { pool: 10 });
  const series: Series[] = [];
  try {
    let n = 0;
    for (const concurrency of values.concurrency.split(',').map(Number)) {
      const latencies: number[] = [];
      let failures = 0;
      const until = Date.now() + Number(values.duration) * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (Date.now() < until) {
            n++;
            const ms = await signInOnce(
              server.url,
              `bench${n % users}@example.mn`,
              `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            );
            if (ms === null) failures++;
            else latencies.push(ms);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      series.push({
        concurrency,
        signIns: latencies.length,
        failures,
        perSecond: latencies.length / Number(values.duration),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? 0,
      });
      console.log(series.at(-1));
    }
  } finally {
    await server.stop();
    await data.cleanup();
  }
  const machine = describeMachine();
  const command = `npm run bench -- sign-in${argv.length ? ` ${argv.join(' ')}` : ''}`;
  const markdown = `### Sign-in with the production password cost — postgres

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`

- Machine: ${machineLine(machine)}
- Load average (1 min): ${loadBefore} before, ${loadAverage()} after
- Data: ${data.loaded}; the real server (\`src/main.ts\`) on the PostgreSQL server, SHILEN_TRUST_PROXY=true so each virtual user has its own address
- Each sign-in: GET /sign-in (CSRF token), then POST /sign-in timed until its 303 to /account; virtual users in a closed loop for ${values.duration} s per row

| concurrent users | sign-ins | failures | sign-ins/s | p50 ms | p95 ms | p99 ms | max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${series.map((s) => `| ${s.concurrency} | ${s.signIns} | ${s.failures} | ${s.perSecond.toFixed(1)} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.p99.toFixed(0)} | ${s.max.toFixed(0)} |`).join('\n')}

`;
  console.log(markdown);
  if (!values['no-docs']) writeDocsMarkdown('sign-in/postgres', markdown);
}
