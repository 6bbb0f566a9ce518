/** `ruqsat catalog …`: validate, list, show, export and draw the services of the catalog. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { AppError } from '../errors/app-error.ts';
import { toBpmn } from '../catalog/bpmn.ts';
import type { Resolved } from '../catalog/catalog.ts';
import { exportService, importExport } from '../catalog/export.ts';
import { DEFAULT_CATALOG_DIR, loadCatalog } from '../catalog/files.ts';
import { catalogJsonSchema } from '../catalog/json-schema.ts';
import type { Duration } from '../catalog/schema.ts';
import { toSvg } from '../catalog/svg.ts';
import { isLocalDate } from '../calendar/local-date.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** Loads the catalog and refuses to go on when any file is invalid. */
function catalogOrFail(dir: string) {
  const loaded = loadCatalog(dir);
  const problem = loaded.problems[0];
  if (problem !== undefined)
    throw new AppError('catalog.invalid_file', `${problem.file}: ${problem.path}: ${problem.message}`, {
      file: problem.file,
      path: problem.path,
      problem: `${problem.message} (ruqsat catalog validate: ${loaded.problems.length} problem(s))`,
    });
  return loaded.catalog;
}

const duration = (d: Duration | null) =>
  d === null ? '—' : `${d.amount} ${d.unit.replace('_', ' ')} [${d.source}]`;

export function catalogCommand(): Command {
  const cmd = new Command('catalog')
    .description('the state services, one data file per normative act (catalog/*.json)')
    .option('--dir <path>', 'catalog folder', process.env['RUQSAT_CATALOG_DIR'] ?? DEFAULT_CATALOG_DIR);
  const dir = () => cmd.opts<{ dir: string }>().dir;

  cmd
    .command('validate')
    .description('check every file against the schema and its cross-references; exit code 1 on any problem')
    .argument('[path]', 'a folder or one file (default: the catalog folder)')
    .action((path: string | undefined) => {
      const { files, problems } = loadCatalog(path ?? dir());
      for (const p of problems) process.stderr.write(`${p.file}: ${p.path}: ${p.message}\n`);
      const services = files.reduce((n, f) => n + f.data.services.length, 0);
      print(`${files.length} file(s) valid, ${services} service version(s); ${problems.length} problem(s)`);
      if (problems.length > 0) process.exitCode = 1;
    });

  cmd
    .command('list')
    .description('id, title, provider, status and cases of every service (newest version)')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const rows = catalogOrFail(dir())
        .list()
        .map(({ act, service }) => ({
          id: service.id,
          title: service.title.kk,
          provider: service.provider.name.kk,
          status: act.status,
          act: `${act.number} (${act.date})`,
          cases: service.cases.map((c) => c.id),
        }));
      if (opts.json) print(JSON.stringify(rows, null, 2));
      else for (const r of rows) print([r.id, r.title, r.provider, r.status, r.cases.join(',')].join('\t'));
    });

  cmd
    .command('show')
    .description('one service: the version in force on a date (default: the newest)')
    .argument('<id>', 'service id (see: ruqsat catalog list)')
    .option('--on <YYYY-MM-DD>', 'the version in force on this date')
    .option('--json', 'print the whole version as JSON')
    .action((id: string, opts: { on?: string; json?: boolean }) => {
      const catalog = catalogOrFail(dir());
      let entry: Resolved;
      if (opts.on !== undefined) {
        if (!isLocalDate(opts.on))
          throw new AppError('calendar.invalid_date', `invalid date ${opts.on}`, { value: opts.on });
        entry = catalog.resolve(id, opts.on, { acceptRepealed: true });
      } else {
        const last = catalog.versions(id).at(-1) as Resolved;
        entry = { ...last, repealed: last.act.status === 'repealed' };
      }
      if (opts.json) {
        print(JSON.stringify({ act: entry.act, service: entry.service, repealed: entry.repealed }, null, 2));
        return;
      }
      const s = entry.service;
      print(`${s.id} v${s.version} — ${s.title.kk}`);
      if (s.title.en) print(`  (${s.title.en})`);
      print(
        `Act: ${entry.act.number} of ${entry.act.date}, ${entry.act.status}${entry.repealed ? ' — REPEALED, shown for reference' : ''}`,
      );
      print(
        `In force: ${s.validFrom} – ${s.validTo ?? '…'}${s.validityEstimated ? ' (estimated, see validityNote)' : ''}`,
      );
      print(`Provider: ${s.provider.name.kk}`);
      print(`Channels: ${s.channels.map((c) => c.kind).join(', ')}`);
      for (const c of s.cases) {
        print(
          `Case ${c.id} (${c.kind}): deadline ${duration(c.deadline)}${c.deadline && c.deadline.basis !== 'stated' ? ` (${c.deadline.basis})` : ''}`,
        );
        if (c.deadlineDeferredTo)
          print(`  deadline set elsewhere: ${c.deadlineDeferredTo.text} [${c.deadlineDeferredTo.source}]`);
        print(
          `  fee: ${c.fee === null ? '—' : c.fee.free ? 'free' : c.fee.mci === null ? 'amount not stated' : `${c.fee.mci} MCI`}`,
        );
        if (c.completenessCheck) print(`  completeness check: ${duration(c.completenessCheck)}`);
      }
      print(
        `Documents: ${s.documents.length}, refusal grounds: ${s.refusalGrounds.length}, processes: ${s.processes.map((p) => `${p.id} (${p.steps.length} steps)`).join(', ')}`,
      );
    });

  cmd
    .command('export')
    .description(
      'every service version as one JSON array: a flat summary and, under "definition", the whole service and its act (lossless: ruqsat catalog import reads it back)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .action(() => {
      const catalog = catalogOrFail(dir());
      print(
        JSON.stringify(
          catalog.list().flatMap((e) => catalog.versions(e.service.id).map(exportService)),
          null,
          2,
        ),
      );
    });

  cmd.addCommand(importCommand());

  cmd
    .command('diagram')
    .description('the process of a service as BPMN 2.0 XML (opens in bpmn.io) or an SVG picture')
    .argument('<id>', 'service id')
    .option('--case <case>', 'only the processes of this case (default: all)')
    .addOption(new Option('--format <format>', 'output format').choices(['bpmn', 'svg']).default('bpmn'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action((id: string, opts: { case?: string; format: 'bpmn' | 'svg'; out?: string }) => {
      const service = (catalogOrFail(dir()).versions(id).at(-1) as Resolved).service;
      const text = opts.format === 'svg' ? toSvg(service, opts.case) : toBpmn(service, opts.case);
      if (opts.out === undefined) process.stdout.write(text);
      else writeFileSync(opts.out, text);
    });

  cmd
    .command('schema')
    .description('the JSON Schema of a catalog file (committed as schema/catalog.schema.json)')
    .action(() => {
      process.stdout.write(catalogJsonSchema());
    });

  return cmd;
}

/** `ruqsat catalog import`: an export read back into catalog files (the other half of lossless). */
function importCommand(): Command {
  return new Command('import')
    .description(
      'read an export (ruqsat catalog export) back into catalog files, checked as validate checks them; writes one file per act into --out',
    )
    .argument('<file>', 'the exported JSON array')
    .requiredOption('--out <dir>', 'folder to write the catalog files into (created if missing)')
    .option('--force', 'overwrite files that already exist there')
    .action((file: string, opts: { out: string; force?: boolean }) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new AppError('catalog.invalid_file', `${file}: not JSON`, {
          file,
          path: '(file)',
          problem: (error as Error).message,
        });
      }
      const imported = importExport(json);
      if ('problems' in imported) {
        for (const p of imported.problems) process.stderr.write(`${file}: ${p.path}: ${p.message}\n`);
        const first = imported.problems[0];
        throw new AppError('catalog.invalid_file', `${file}: ${first?.path}: ${first?.message}`, {
          file,
          path: first?.path ?? '(root)',
          problem: `${first?.message ?? ''} (${imported.problems.length} problem(s))`,
        });
      }
      mkdirSync(opts.out, { recursive: true });
      for (const { file: name, data } of imported.files) {
        const target = join(opts.out, name);
        if (existsSync(target) && opts.force !== true)
          throw new AppError('catalog.invalid_file', `${target} exists`, {
            file: target,
            path: '(file)',
            problem: 'the file exists; pass --force to overwrite it',
          });
        const { $schema: _s, ...rest } = data;
        writeFileSync(
          target,
          `${JSON.stringify({ $schema: '../schema/catalog.schema.json', ...rest }, null, 2)}\n`,
        );
      }
      print(`${imported.files.length} file(s) written to ${opts.out}`);
    });
}
