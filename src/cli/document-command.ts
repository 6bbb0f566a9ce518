/** `ruqsat document render|verify`: signed PDFs of an application (license, appendix, refusal, preliminary decision, receipt). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { loadCatalog } from '../catalog/files.ts';
import { AppError } from '../errors/app-error.ts';
import { documentKinds, documentLangs, type DocumentLang } from '../documents/content.ts';
import { StateDatabasesSimulator } from '../integrations/state-databases.ts';
import { storePartySources } from '../documents/parties.ts';
import { issueDocument, parseDocumentKind, verifyDocument } from '../documents/service.ts';
import type { ApplicationState } from '../cases/model.ts';
import { demoOfficialIin } from '../platform.ts';
import {
  DEFAULT_PKI_DIR,
  DEFAULT_TEST_PASSWORD,
  initPki,
  issueToFile,
  revocationFromPki,
  trustFromPki,
} from '../signature/pki-files.ts';
import { DEMO_PROVIDER_BIN } from '../signature/service.ts';
import { signingKeyFromPkcs12, type SigningKey } from '../signature/sign.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { isProductionEnv } from '../config.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

interface StoreOpts {
  dataDir?: string;
  pkiDir?: string;
}

/** The embedded store in --data-dir (the demo leaves it in `<dir>`), else DATABASE_URL, else ./data/pg. */
function open(opts: StoreOpts): Promise<Store> {
  return openStore(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
}

/** The test PKI beside the data: `<data-dir>/pki`, else --pki-dir, else data/pki. */
const pkiDirOf = (opts: StoreOpts) =>
  opts.pkiDir ?? (opts.dataDir === undefined ? DEFAULT_PKI_DIR : join(opts.dataDir, 'pki'));

/**
 * The official's key: --key FILE.p12 when given; otherwise a test key for the official who
 * decided (or registered) the application, issued once from the test PKI and kept in
 * `<pki-dir>/officials/`. Refused in production: there an official's own key is required.
 */
async function officialKey(
  state: ApplicationState,
  opts: StoreOpts & { key?: string; password: string },
  now: Date,
): Promise<SigningKey> {
  if (opts.key !== undefined) return signingKeyFromPkcs12(readFileSync(opts.key), opts.password);
  if (isProductionEnv())
    throw new AppError('cli.usage', 'test keys are not issued in production', { detail: '--key FILE.p12' });
  const dir = pkiDirOf(opts);
  if (!existsSync(join(dir, 'state.json'))) await initPki(dir, now);
  const official = state.decision?.by ?? state.registration?.official ?? 'system';
  const safe = official.replace(/[^\w.-]/g, '_');
  mkdirSync(join(dir, 'officials'), { recursive: true });
  const file = join(dir, 'officials', `${safe}.p12`);
  if (!existsSync(file))
    await issueToFile(
      dir,
      { iin: demoOfficialIin(official), bin: DEMO_PROVIDER_BIN, role: 'official', purpose: 'sign' },
      file,
      DEFAULT_TEST_PASSWORD,
      now,
    );
  return signingKeyFromPkcs12(readFileSync(file), DEFAULT_TEST_PASSWORD);
}

export function documentCommand(): Command {
  const cmd = new Command('document').description(
    'signed PDF documents of an application, recorded with their SHA-256 and CMS',
  );

  cmd
    .command('render')
    .description('render a document as PDF in Kazakh or Russian, sign it with the official key and record it')
    .argument('<application-id>', 'the application (see: ruqsat demo run --data-dir DIR)')
    .argument('<kind>', documentKinds.join(' | '))
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .addOption(
      new Option('--doc-lang <lang>', 'language of the document').choices([...documentLangs]).default('kk'),
    )
    .option('--data-dir <dir>', 'the embedded store (default: DATABASE_URL, else ./data/pg)')
    .option('--pki-dir <dir>', 'test PKI for the official key (default: <data-dir>/pki, else data/pki)')
    .option('--key <file.p12>', "the official's key instead of a test key")
    .option('--password <password>', 'password of --key', DEFAULT_TEST_PASSWORD)
    .option(
      '--public-url <url>',
      'base address of the public registry',
      process.env['RUQSAT_PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 3000}`,
    )
    .option('--json', 'print the record as JSON')
    .action(
      async (
        applicationId: string,
        kindArg: string,
        opts: StoreOpts & {
          out: string;
          docLang: DocumentLang;
          key?: string;
          password: string;
          publicUrl: string;
          json?: boolean;
        },
      ) => {
        const kind = parseDocumentKind(kindArg);
        const { catalog } = loadCatalog();
        const store = await open(opts);
        try {
          const row = await store.findApplication(applicationId);
          if (row === undefined)
            throw new AppError('cases.not_found', `no application ${applicationId}`, { id: applicationId });
          const now = new Date();
          const key = await officialKey(row.state as ApplicationState, opts, now);
          const { pdf, record } = await issueDocument({
            store,
            catalog,
            applicationId,
            kind,
            lang: opts.docLang,
            key,
            now,
            links: { publicBaseUrl: opts.publicUrl },
            // The state databases are the simulator's here, as in `ruqsat serve`.
            parties: storePartySources(store, new StateDatabasesSimulator({ clock: () => now })),
          });
          writeFileSync(opts.out, pdf);
          if (opts.json) print(JSON.stringify({ file: opts.out, ...record, cms: undefined }));
          else
            print(
              `${opts.out}: ${kind} (${opts.docLang}) of ${applicationId}, ${pdf.length} bytes, SHA-256 ${record.sha256}, signed by ${record.signer.subject}`,
            );
        } finally {
          await store.close();
        }
      },
    );

  cmd
    .command('verify')
    .description('check a PDF: recorded here, unchanged, and signed by a trusted official key; exit 1 if not')
    .argument('<file.pdf>', 'the PDF to check (a result or notice Ruqsat produced)')
    .option('--data-dir <dir>', 'the embedded store (default: DATABASE_URL, else ./data/pg)')
    .option('--pki-dir <dir>', 'trust anchors of the test PKI (default: <data-dir>/pki, else data/pki)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: StoreOpts & { json?: boolean }) => {
      const pdf = new Uint8Array(readFileSync(file));
      const dir = pkiDirOf(opts);
      const store = await open(opts);
      try {
        const r = await verifyDocument(store, pdf, {
          trust: trustFromPki(dir),
          revocation: revocationFromPki(dir),
          now: new Date(),
        });
        if (opts.json)
          print(JSON.stringify({ ...r, document: r.document && { ...r.document, cms: undefined } }));
        else if (r.valid)
          print(
            `valid: ${r.document?.kind ?? ''} of ${r.document?.applicationId ?? ''}, signed by ${r.signer?.subject ?? '?'} at ${r.signedAt ?? '?'}`,
          );
        else print(`NOT valid (${r.code}): ${r.message}`);
        if (!r.valid) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
  return cmd;
}
