import { createApp } from './app';
import { prepareDatabase } from './boot';
import { loadConfig } from './platform/config';
import { StartupError } from './platform/errors';
import { listen } from './platform/http/server';
import { startJobLoop } from './platform/jobs';
import { createLogger } from './platform/logger';
import { createMailer } from './platform/mail';
import { surveyJobHandlers } from './modules/surveys';
import { jointCaseJobHandlers } from './modules/joint-cases';

/** Composition root: config → database → modules → HTTP server. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase(config, logger);
  const app = createApp({ db: database.db, dialect: database.dialect, config, logger });
  const server = await listen(app, config.port, config.host).catch(async (error) => {
    await database.close();
    throw error;
  });
  logger.info('Samråd is listening', { url: `http://localhost:${config.port}`, database: database.dialect, location: database.location });

  const mailDeps = { mailer: createMailer(config), baseUrl: config.publicUrl ?? `http://localhost:${config.port}` };
  // Scheduled work (survey and joint-case reminders) runs every minute in this process; a job is claimed once, so
  // several instances may run the loop side by side.
  const jobs = startJobLoop({
    db: database.db,
    handlers: { ...surveyJobHandlers(mailDeps), ...jointCaseJobHandlers(mailDeps) },
    onError: (error) => logger.error('scheduled jobs failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    onReport: (report) => {
      for (const f of report.failed) logger.error('scheduled job failed', f);
      if (report.done.length > 0) logger.info('scheduled jobs done', { keys: report.done });
    },
  });

  const stop = async () => {
    await jobs.stop();
    server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  if (error instanceof StartupError) {
    process.stderr.write(`samrad: ${error.message}\n`);
  } else {
    process.stderr.write(`samrad: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
