import { budgetCube, fundsCube, transactionsCube } from './declarations.ts';
import type { Cube } from './model.ts';

/**
 * The cubes /api/3 serves, in the order /api/3/cubes lists them. Another feature adds its own
 * (a cube with `facts: false` and its own `aggregate`, for instance) with `registerCube`.
 */
const cubes = new Map<string, Cube>();

export function registerCube(cube: Cube): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(cube.name)) throw new Error(`not a cube name: ${cube.name}`);
  if (!cube.facts && !cube.aggregate)
    throw new Error(`the cube ${cube.name} has neither facts nor aggregate`);
  cubes.set(cube.name, cube);
}

export function findCube(name: string): Cube | undefined {
  return cubes.get(name);
}

export function allCubes(): Cube[] {
  return [...cubes.values()];
}

for (const cube of [transactionsCube, budgetCube, fundsCube]) registerCube(cube);
