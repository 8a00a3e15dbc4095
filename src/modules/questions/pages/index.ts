import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { answerPages } from './answer.ts';
import { askPage } from './ask.ts';
import { listPages } from './list.ts';
import { moderationPages } from './moderation.ts';
import { recordPage } from './record.ts';

/**
 * The module's pages: the public list with its downloads, a question's page, the asking form, the
 * moderators' queue and form, the organisation's answer and extension forms.
 */
export function questionsPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  askPage(app, ctx);
  moderationPages(app, ctx);
  answerPages(app, ctx);
  recordPage(app, ctx);
}
