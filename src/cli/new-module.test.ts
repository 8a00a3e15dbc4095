import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectations, parseExpectations } from '../../test/authorization/expectations.ts';
import { runShilen } from '../../test/support/cli.ts';
import { modules } from '../modules/index.ts';
import { moduleNames } from './scaffold/names.ts';
import { addExpectationRows, moduleRoutes, registerInIndex } from './scaffold/register.ts';
import { CREATE_ROLES } from './scaffold/render.ts';

const repository = path.resolve(import.meta.dirname, '..', '..');

describe('shilen new module: names', () => {
  const refusals: [string, RegExp][] = [
    ['Gadgets', /module name "Gadgets" must be lower-case letters and digits joined by hyphens/],
    ['gad_gets', /module name "gad_gets" must be lower-case/],
    ['1gadgets', /module name "1gadgets" must be lower-case/],
    ['gadgets-', /module name "gadgets-" must be lower-case/],
    ['organizations', /module organizations exists already/],
    ['plans', /module plans exists already/],
    ['admin', /module name admin would clash with the route \/admin/],
    ['sign-in', /module name sign-in would clash with the route \/sign-in/],
    ['audit-log', /table audit_log is created already by src\/platform\/db\/migrations\//],
  ];
  for (const [name, message] of refusals) {
    it(`refuses ${name} with exit code 2, writing nothing`, async () => {
      const result = await runShilen(['new', 'module', name, '--root', repository], modules, {});
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }

  it('refuses a title that would break the generated code, and a publisher the pack does not have', async () => {
    const title = await runShilen(
      ['new', 'module', 'gadgets', '--title', "Gadgets' {x}", '--root', repository],
      modules,
      {},
    );
    expect(title.exitCode).toBe(2);
    expect(title.stderr).toContain('--title "Gadgets\' {x}" must be 1 to 100 characters without quotes');
    const publisher = await runShilen(
      ['new', 'module', 'gadgets', '--publisher', 'no-such-body', '--root', repository],
      modules,
      {},
    );
    expect(publisher.exitCode).toBe(2);
    expect(publisher.stderr).toContain(
      '--publisher no-such-body is not a public body of the country pack mn',
    );
  });

  it('lists with --dry-run what it would write and change, writing nothing', async () => {
    const result = await runShilen(
      ['new', 'module', 'public-assets', '--dry-run', '--root', repository],
      modules,
      {},
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Would write module public-assets (19 files):');
    for (const file of [
      'src/modules/public-assets/module.ts',
      'src/modules/public-assets/migrations/001_public_assets.sql',
      'src/modules/public-assets/commands/create-public-asset.ts',
      'src/modules/public-assets/public-assets.test.ts',
    ])
      expect(result.stdout).toContain(`  ${file}\n`);
    expect(result.stdout).toContain('test/authorization/expectations.ts (a row for each of its 9 routes)');
    expect(fs.existsSync(path.join(repository, 'src/modules/public-assets'))).toBe(false);
  });

  it('names a module’s parts from its name', () => {
    expect(moduleNames('public-assets', {})).toEqual({
      name: 'public-assets',
      table: 'public_assets',
      camel: 'publicAssets',
      pascal: 'PublicAssets',
      record: 'public-asset',
      recordPascal: 'PublicAsset',
      titleEn: 'Public assets',
      titleMn: 'Public assets',
    });
    expect(moduleNames('equipment', { titleMn: 'Тоног төхөөрөмж' })).toMatchObject({
      record: 'equipment-record',
      titleMn: 'Тоног төхөөрөмж',
    });
  });

  it('registers the module in the list and gives each route a row the matrix test reads', () => {
    const names = moduleNames('public-assets', {});
    const index = registerInIndex(
      fs.readFileSync(path.join(repository, 'src/modules/index.ts'), 'utf8'),
      names,
    );
    expect(index).toContain("import { publicAssetsModule } from './public-assets/module.ts';\n");
    expect(index).toMatch(/\n {2}publicAssetsModule,\n\];/);
    const rows = parseExpectations(addExpectationRows(expectations, moduleRoutes(names), CREATE_ROLES));
    expect(rows.size).toBe(parseExpectations(expectations).size + 9);
    expect(rows.get('GET /public-assets')?.allowed.every(Boolean)).toBe(true);
    const create = rows.get('POST /public-assets/new');
    // anonymous, then the roles; the platform administrator without a second factor last.
    expect(create?.allowed).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(create?.other.kind).toBe('open');
  });
});
