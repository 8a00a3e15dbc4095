import type { ModuleContext } from '../../platform/module.ts';
import { loadEnvironmentDemo } from './environment/demo.ts';
import { loadLicencesDemo } from './licences/demo.ts';

/** The module's demo data: each register's, in the order they refer to one another (licences first). */
export async function loadExtractivesDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  return { ...(await loadLicencesDemo(ctx)), ...(await loadEnvironmentDemo(ctx)) };
}
