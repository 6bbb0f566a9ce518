/**
 * `ruqsat serve` (`npm start`): opens the platform on the embedded store in DATA_DIR (default
 * ./data) or on DATABASE_URL, trusts the test PKI in <DATA_DIR>/pki (created on the first start)
 * or the configured CA certificates, adds the demo officials and applicants outside production (and
 * the administrator account when RUQSAT_ADMIN_PASSWORD, 12+ characters, is set), fires
 * due timers every RUQSAT_TIMER_INTERVAL_MS (30 s), and serves the API until SIGINT/SIGTERM, then closes the server and
 * the store in that order.
 */
import { Command } from 'commander';
import { readConfig } from '../config.ts';
import { shiftedClock } from '../integrations/clock.ts';
import { fromDayNumber, timeZone } from '../calendar/index.ts';
import { openPlatform } from '../platform.ts';
import { buildApp } from '../server/app.ts';
import { WEB_ROOT } from '../server/web-pages.ts';
import { seedAccounts } from '../server/admin-accounts.ts';
import { platformSessions } from '../server/session-store.ts';
import { DEMO_PASSWORD, demoApplicants } from '../server/demo.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'run the HTTP server: the applicant, official, payment and public API under /api/v1 (OpenAPI at /api/docs), the service list at /',
    )
    .option('--port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--data-dir <dir>', 'folder of the embedded store (default: DATA_DIR or ./data)')
    .action(async (opts: { port?: string; host?: string; dataDir?: string }) => {
      const config = readConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
        ...(opts.dataDir ? { DATA_DIR: opts.dataDir } : {}),
      });
      const { dataDir, databaseUrl, demo } = config;
      const clock = shiftedClock(config.clockShiftMinutes);
      const platform = await openPlatform({
        clock,
        ...(databaseUrl === undefined ? { dataDir: config.embeddedDir } : { databaseUrl }),
        ...(config.databaseReadUrl === undefined ? {} : { databaseReadUrl: config.databaseReadUrl }),
        catalogDir: config.catalogDir,
        acceptRepealed: config.acceptRepealed,
        trust: config.trust,
        payments: config.payments,
        ...(config.officialKeysDir === undefined ? {} : { officialKeysDir: config.officialKeysDir }),
        ...(config.pkcs11 === undefined ? {} : { pkcs11: config.pkcs11 }),
        tsa: config.tsa,
        notifications: {
          ...(config.smtpUrl === undefined ? {} : { smtpUrl: config.smtpUrl }),
          ...(config.smsGatewayUrl === undefined ? {} : { smsGatewayUrl: config.smsGatewayUrl }),
          pollMs: 15_000,
          operatorEmail: config.egovSupportEmail,
        },
      });
      const sessions = platformSessions(platform, { production: config.production });
      // Demo accounts and units; the first administrator of a production deployment (it then
      // creates the officials); none in production without RUQSAT_ADMIN_PASSWORD.
      const { officials, removed } = await seedAccounts(platform, sessions, config);
      if (removed.length > 0)
        process.stderr.write(`removed ${removed.length} accounts with the demo password (production)\n`);
      const zone = timeZone();
      const app = buildApp({
        catalog: platform.catalog,
        today: () => fromDayNumber(zone.toLocal(clock.now().getTime()).day),
        acceptRepealed: config.acceptRepealed,
        logger: true,
        platform,
        sessions,
        demo,
        demoPassword: demo ? DEMO_PASSWORD : null,
        secureCookies: config.production,
        production: config.production,
        bodyLimit: config.bodyLimit,
        settings: config.settings,
        trustProxy: config.trustProxy,
        webRoot: WEB_ROOT,
      });

      const timers = setInterval(() => {
        platform.engine.fireDueTimers().catch((error: unknown) => app.log.error(error, 'timers'));
      }, config.timerIntervalMs);
      timers.unref();

      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info(`${signal}: closing`);
        clearInterval(timers);
        void app
          .close()
          .then(() => platform.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              process.stderr.write(`shutdown: ${String(error)}\n`);
              process.exit(1);
            },
          );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));

      const address = await app.listen({ port: config.port, host: config.host });
      const lines = [
        `Ruqsat is running at ${address} (store: ${platform.store.kind}${databaseUrl === undefined ? ` in ${dataDir}` : ''}; catalog: ${platform.catalog.list().length} services; repealed services ${config.acceptRepealed ? 'accepted, marked' : 'refused'})`,
        `API docs: ${address}/api/docs`,
        config.trust.source === 'test-pki'
          ? `Signatures: the test PKI in ${config.trust.pkiDir} (keys: ruqsat pki issue --dir ${config.trust.pkiDir})`
          : `Signatures: ${config.trust.anchorFiles.length} trust anchors (${config.trust.mode} mode), OCSP/CRL over HTTP`,
      ];
      if (demo) {
        lines.push(
          'Demo applicants (POST /api/v1/auth/demo-login {"id": IIN/BIN}):',
          ...demoApplicants().map((a) => `  ${a.id}  ${a.name} — ${a.note}`),
          `Demo officials and the administrator "admin" (POST /api/v1/auth/login, password "${DEMO_PASSWORD}"), one per provider and role, e.g.:`,
          ...officials.slice(0, 6).map((o) => `  ${o.login}`),
          `  … ${officials.length} in all: GET /api/v1/demo/applicants`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
