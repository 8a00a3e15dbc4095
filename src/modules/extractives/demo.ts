import type { ModuleContext } from '../../platform/module.ts';
import { loadContractsDemo } from './contracts/demo.ts';
import { loadEnvironmentDemo } from './environment/demo.ts';
import { loadLicencesDemo } from './licences/demo.ts';
import { loadOwnersDemo } from './owners/demo.ts';

/** The module's demo data: each register's, in the order they refer to one another (licences first). */
export async function loadExtractivesDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  // Owners after licences (the holders exist); the officials' demo, earlier in the modules' order,
  // has made the official a politically exposed owner is linked to.
  return {
    ...(await loadLicencesDemo(ctx)),
    ...(await loadContractsDemo(ctx)),
    ...(await loadOwnersDemo(ctx)),
    ...(await loadEnvironmentDemo(ctx)),
  };
}
