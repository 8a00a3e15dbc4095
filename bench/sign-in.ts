// Sign-in latency with the production password cost: `npm run bench -- sign-in [--users 200]
// [--duration 20] [--concurrency 1,4,8]`. Each virtual user loads the sign-in form (for its CSRF
// token) and posts its password, from an address of its own (X-Forwarded-For, the server trusting
// its proxy), so the per-address limits see many visitors; only the POST is timed.
import { hashPassword, productionCost } from '../src/platform/auth/passwords.ts';
import { createUser } from '../src/platform/auth/users.ts';
import { percentile, startBench } from './lib/harness.ts';
import { type ServerProcess, startShilen } from './lib/server.ts';

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
  const bench = startBench('sign-in', argv, { users: '200', duration: '20', concurrency: '1,4,8' });
  const users = bench.whole('users', 1);
  const duration = bench.whole('duration', 1);
  // One hash for every account: verifying it costs the same as verifying each its own.
  const hash = await hashPassword(PASSWORD, productionCost);
  const data = await bench.prepare('postgres', async (db) => {
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
  const series: Series[] = [];
  let server: ServerProcess | undefined;
  try {
    server = await startShilen({ ...data.shilenEnv, SHILEN_TRUST_PROXY: 'loopback' }, { pool: 10 });
    const { url } = server;
    let n = 0;
    for (const concurrency of String(bench.values.concurrency).split(',').map(Number)) {
      const latencies: number[] = [];
      let failures = 0;
      const until = Date.now() + duration * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (Date.now() < until) {
            n++;
            const ms = await signInOnce(
              url,
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
        perSecond: latencies.length / duration,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? 0,
      });
      bench.say(JSON.stringify(series.at(-1)));
    }
  } finally {
    await server?.stop();
    await data.cleanup();
  }
  const markdown = `### Sign-in with the production password cost — postgres

${bench.measured}

${bench.machineLines().join('\n')}
- Data: ${data.loaded}; the real server (\`src/main.ts\`) on the PostgreSQL server, SHILEN_TRUST_PROXY=loopback (the load comes from 127.0.0.1) so each virtual user has its own address
- Each sign-in: GET /sign-in (CSRF token), then POST /sign-in timed until its 303 to /account; virtual users in a closed loop for ${duration} s per row

| concurrent users | sign-ins | failures | sign-ins/s | p50 ms | p95 ms | p99 ms | max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${series.map((s) => `| ${s.concurrency} | ${s.signIns} | ${s.failures} | ${s.perSecond.toFixed(1)} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.p99.toFixed(0)} | ${s.max.toFixed(0)} |`).join('\n')}

`;
  bench.publish('sign-in/postgres', markdown);
}
