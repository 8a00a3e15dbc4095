import { loadConfig } from './src/platform/config.ts';
import { importOcdsFile } from './src/modules/procurement/import/run.ts';
import { systemActor } from './src/platform/auth/actor.ts';
import { openContext } from './src/platform/runtime.ts';
const ctx = await openContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '2' }));
const times = new Map<string, number>();
const orig = ctx.db.transaction.bind(ctx.db);
ctx.db.transaction = (work: any) => orig(async (tx: any) => {
  const wrap = (name: string) => { const f = tx[name].bind(tx); tx[name] = async (...a: any[]) => { const t = performance.now(); try { return await f(...a); } finally { const k = name + ' ' + (name === 'query' ? a[0].compile().text : String(a[0])).replace(/\s+/g, ' ').slice(0, 70); times.set(k, (times.get(k) ?? 0) + performance.now() - t); } }; };
  wrap('query'); wrap('copyInto');
  return work(tx);
}) as any;
const t = performance.now();
const r = await importOcdsFile(ctx, '/tmp/proc-bench-20k.ndjson', { actor: systemActor('bench') });
console.log('total', performance.now() - t, r.added);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(0).padStart(7), k);
await ctx.db.close();
