import type { FastifyRequest } from 'fastify';
import type { ModuleContext } from '../../platform/module.ts';
import type { Html } from '../../platform/views/html.ts';
import { contractsSection } from './contracts/section.ts';
import { studiesSection } from './feasibility/pages.ts';
import { flagsSection } from './flags/pages.ts';
import { loansProjectSection } from './loans/sections.ts';
import { progressSection } from './reports/pages.ts';
import { standardsSection } from './standards/section.ts';

/** The project a part of its page is drawn for: what every part needs to find its rows and check access. */
export interface ProjectRef {
  id: number;
  slug: string;
  organizationId: number;
  titleMn: string;
  titleEn: string;
}

/**
 * A part of a project's page (`/projects/:slug`) given by a part of the module — its loans, its
 * feasibility studies, its progress reports and charts, its contracts, its flags — in the order
 * of `order`; null when it has nothing to show. A part ordered below 10 (the flags) stands right
 * after the project's summary; the others follow its revisions. The request gives the reader's language (`t`,
 * `locale`) and who they are (`actor`, for links to the forms they may use).
 */
export interface ProjectSection {
  id: string;
  order: number;
  render: (ctx: ModuleContext, project: ProjectRef, request: FastifyRequest) => Promise<Html | null>;
}

/** Every part of a project's page, in order. Each part of the module adds its own here. */
export const projectSections: readonly ProjectSection[] = [
  flagsSection,
  studiesSection,
  progressSection,
  loansProjectSection,
  contractsSection,
  standardsSection,
];
