import closeWithGrace from 'close-with-grace';
import { modules } from './modules/index.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { StartupError } from './platform/db/open.ts';
import { startServer } from './platform/runtime.ts';

/** Process entry: configuration, database, server; a clean close on SIGTERM and SIGINT. */
try {
  const server = await startServer(loadConfig(), modules);
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) server.app.log.error({ err }, 'closing after an error');
    else server.app.log.info({ signal }, 'closing');
    await server.app.close();
  });
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`shilen: ${error.message}\n`);
    process.exit(3);
  }
  throw error;
}
