/** `ruqsat serve`: the HTTP server on the embedded default (`npm start`). */
import { Command } from 'commander';
import { readConfig } from '../config.ts';
import { loadCatalog } from '../catalog/files.ts';
import { buildApp } from '../server/app.ts';
import { fromDayNumber, timeZone } from '../calendar/index.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'run the HTTP server: catalog, calendar and identifier API under /api/v1, the service list at /',
    )
    .option('--port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }) => {
      const config = readConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
      });
      const { catalog, problems } = loadCatalog(config.catalogDir);
      for (const p of problems)
        process.stderr.write(`catalog: ${p.file}: ${p.path}: ${p.message} (file left out)\n`);
      const zone = timeZone();
      const app = buildApp({
        catalog,
        today: () => fromDayNumber(zone.toLocal(Date.now()).day),
        acceptRepealed: config.acceptRepealed,
        logger: true,
      });
      const stop = () => {
        void app.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const address = await app.listen({ port: config.port, host: config.host });
      process.stdout.write(
        `Ruqsat is running at ${address} (catalog: ${catalog.list().length} services; repealed services ${config.acceptRepealed ? 'accepted, marked' : 'refused'})\n`,
      );
    });
}
