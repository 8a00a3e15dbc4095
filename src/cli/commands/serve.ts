import closeWithGrace from 'close-with-grace';
import type { Command } from 'commander';
import { startServer } from '../../platform/runtime.ts';
import type { Session } from '../session.ts';

export function registerServe(program: Command, session: Session): void {
  program
    .command('serve')
    .summary('run the web server (what `npm start` does)')
    .description(
      'Opens the database, applies pending migrations, loads the demo data once when SHILEN_DEMO ' +
        'is on, then serves the site and the API on HOST:PORT until it receives SIGTERM or SIGINT, ' +
        'when it finishes the requests in flight and closes. Settings come from the environment; ' +
        'see .env.example.',
    )
    .action(async () => {
      const server = await startServer(session.config(), session.modules);
      session.keepAlive = true;
      closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
        if (err) server.app.log.error({ err }, 'closing after an error');
        else server.app.log.info({ signal }, 'closing');
        await server.app.close();
      });
    });
}
