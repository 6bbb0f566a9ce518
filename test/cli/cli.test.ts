import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../../bin/ruqsat.js', import.meta.url).pathname;
// Without DATABASE_URL: the commands use a temporary or given embedded store, never a shared database.
const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8' };
delete env['DATABASE_URL'];
/** Runs `body` with a fresh folder (a --data-dir or catalog folder), removed afterwards. */
async function inTempDir(prefix: string, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ruqsat = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('ruqsat CLI', () => {
  it('calendar add: 5 working days after Thursday 20 March 2025 skip Nauryz (21–23), the weekend and the two carried days (24–25)', async () => {
    const r = await ruqsat('calendar', 'add', '2025-03-20', '5');
    expect(r.stdout).toBe('2025-04-01\n');
  });

  it('calendar add --explain names the skipped days and the law', async () => {
    const r = await ruqsat('calendar', 'add', '2025-03-20', '1', '--explain');
    expect(r.stdout).toMatch(/^2025-03-26\n/);
    expect(r.stdout).toMatch(/2025-03-24 {2}day off moved from 2025-03-22/);
    expect(r.stdout).toMatch(/О праздниках/);
  });

  it('calendar add --explain follows --lang: kk and ru name the rule and the skipped days in that language', async () => {
    // 1 working day after Thu 20.03.2025: 21–23 Наурыз (22–23 a weekend too), 24 and 25 the days
    // off moved from 22 and 23 (Law on holidays art. 5) → Wed 26.03.2025.
    const kk = await ruqsat('--lang', 'kk', 'calendar', 'add', '2025-03-20', '1', '--explain');
    expect(kk.stdout).toMatch(/^2025-03-26\nЕреже: 2025-03-20 күнінен кейін 1 жұмыс күні/);
    expect(kk.stdout).toMatch(/2025-03-24 {2}2025-03-22 күнгі мерекеден/);
    const ru = await ruqsat('--lang', 'ru', 'calendar', 'add', '2025-03-20', '1', '--explain', '--json');
    const json = JSON.parse(ru.stdout) as { result: string; text: string };
    expect(json.result).toBe('2025-03-26');
    expect(json.text).toMatch(/^Правило: 1 рабоч\. дн\. после 2025-03-20/);
    expect(json.text).toMatch(/2025-03-24 {2}выходной, перенесённый с 2025-03-22/);
  });

  it('calendar add --unit calendar-days counts every day', async () => {
    expect((await ruqsat('calendar', 'add', '2025-03-20', '5', '--unit', 'calendar-days')).stdout).toBe(
      '2025-03-25\n',
    );
  });

  it('calendar month --json prints twelve numbers', async () => {
    const months = JSON.parse((await ruqsat('calendar', 'month', '2023', '--json')).stdout) as number[];
    expect(months).toEqual([20, 20, 19, 20, 20, 21, 20, 22, 21, 21, 22, 20]);
  });

  it('calendar is-working prints true / false', async () => {
    expect((await ruqsat('calendar', 'is-working', '2024-05-04')).stdout).toBe('true\n');
    expect((await ruqsat('calendar', 'is-working', '2024-05-08')).stdout).toBe('false\n');
  });

  it('calendar year --json has the documented keys', async () => {
    const year = JSON.parse((await ruqsat('calendar', 'year', '2024', '--json')).stdout) as Record<
      string,
      unknown
    >;
    expect(Object.keys(year).sort()).toEqual([
      'nonWorkingWeekdays',
      'sources',
      'workingDaysPerMonth',
      'workingWeekends',
    ]);
    expect(year['workingWeekends']).toEqual(['2024-05-04']);
  });

  it('id check --json prints one line per value, in order', async () => {
    const r = await ruqsat('id', 'check', '900404300004', '900404300005', '12', '--json');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['value'], l['valid'], l['kind'], l['error']])).toEqual([
      ['900404300004', true, 'iin', null],
      ['900404300005', false, 'iin', 'checksum'],
      ['12', false, null, 'format'],
    ]);
  });

  it('bad input: a clear message in the chosen language and exit code 1', async () => {
    const r = await ruqsat('calendar', 'add', '2025-02-30', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"2025-02-30" is not a valid date/);
    const kk = await ruqsat('--lang', 'kk', 'calendar', 'add', '2031-01-05', '1');
    expect(kk.stderr).toMatch(/2031 жылға күнтізбе деректері жоқ/);
  });

  it('a wrong call exits 2 with help; --help works on every command', async () => {
    expect((await ruqsat('calendar', 'add', '2025-01-01')).code).toBe(2);
    for (const cmd of [[], ['calendar'], ['calendar', 'add'], ['id', 'check']]) {
      const r = await ruqsat(...cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: ruqsat/);
    }
    // Five processes in a row: on a loaded machine each start takes seconds.
  }, 60_000);
});

describe('ruqsat catalog export / import', () => {
  it('export → import → validate: the files written back are a valid catalog of the same 19 versions', async () => {
    await inTempDir('ruqsat-catalog-', async (dir) => {
      const exported = await ruqsat('catalog', 'export');
      const list = JSON.parse(exported.stdout) as { definition: { service: { hearing: unknown } } }[];
      expect(list).toHaveLength(19);
      writeFileSync(join(dir, 'export.json'), exported.stdout);
      const imported = await ruqsat('catalog', 'import', join(dir, 'export.json'), '--out', join(dir, 'cat'));
      expect(imported.stdout).toBe(`5 file(s) written to ${join(dir, 'cat')}\n`);
      const again = await ruqsat('catalog', 'import', join(dir, 'export.json'), '--out', join(dir, 'cat'));
      expect(again.code).toBe(1);
      expect((await ruqsat('catalog', 'validate', join(dir, 'cat'))).stdout).toBe(
        '5 file(s) valid, 19 service version(s); 0 problem(s)\n',
      );
    });
  }, 60_000);
});

describe('ruqsat demo run', () => {
  it('drives the flag-and-emblem license to its result and keeps it in --data-dir for `application show`', async () => {
    await inTempDir('ruqsat-cli-', async (dir) => {
      const r = await ruqsat(
        'demo',
        'run',
        '--service',
        'state-flag-emblem-manufacturing-license',
        '--json',
        '--data-dir',
        dir,
        '--start',
        '2025-06-02',
      );
      const line = JSON.parse(r.stdout.trim()) as {
        reached: boolean;
        applicationId: string;
        steps: { onTime: boolean | null; startedAt: string }[];
      };
      expect(line).toMatchObject({
        service: 'state-flag-emblem-manufacturing-license',
        outcome: 'issue',
        reached: true,
      });
      expect(line.steps.length).toBeGreaterThan(5);
      for (const s of line.steps) expect(s.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
      expect(line.steps.every((s) => s.onTime !== false)).toBe(true);
      // Seed 000 12-т.: 7 working days from registration on Mon 02.06.2025 at 10:00 — Tue 03 (1),
      // Wed 04 (2), Thu 05 (3), Fri 06 Құрбан айт off, Sat 07 and Sun 08 weekend, Mon 09 (4),
      // Tue 10 (5), Wed 11 (6), Thu 12.06.2025 (7), ending at the provider's closing time 18:30.
      expect(line).toMatchObject({
        registeredAt: '2025-06-02T10:00:00+05:00',
        deadline: { at: '2025-06-12T18:30:00+05:00', legal: true },
        issuedAt: expect.stringMatching(/^2025-06-0\dT\d\d:\d\d:\d\d\+05:00$/),
      });
      const shown = await ruqsat(
        '--lang',
        'ru',
        'application',
        'show',
        line.applicationId,
        '--data-dir',
        dir,
        '--json',
      );
      const view = JSON.parse(shown.stdout) as Record<string, unknown> & {
        deadline: { explanation: string };
        steps: Record<string, unknown>[];
        events: { type: string; at: string }[];
      };
      expect(Object.keys(view)).toEqual([
        'id',
        'service',
        'serviceVersion',
        'status',
        'submittedAt',
        'registeredAt',
        'deadline',
        'tacit',
        'steps',
        'events',
      ]);
      expect(view).toMatchObject({
        id: line.applicationId,
        service: 'state-flag-emblem-manufacturing-license',
        serviceVersion: 2,
        status: 'delivered',
        submittedAt: '2025-06-02T10:00:00+05:00',
        registeredAt: '2025-06-02T10:00:00+05:00',
        deadline: { at: '2025-06-12T18:30:00+05:00', legal: true },
        tacit: false,
      });
      // The explanation follows --lang: Russian rule, Friday 06.06 skipped as Курбан айт.
      expect(view.deadline.explanation).toMatch(/^Правило: 7 рабоч\. дн\. после 2025-06-02/);
      expect(view.deadline.explanation).toMatch(/2025-06-06 {2}Курбан айт/);
      expect(Object.keys(view.steps[0] ?? {})).toEqual(['stepId', 'startedAt', 'due', 'done']);
      const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/;
      for (const e of view.events) expect(e.at).toMatch(iso);
      expect(view.events.map((e) => e.type)).toContain('issued');
    });
  }, 60_000);

  it('seed 001 defers its term to a standard not in the seeds: the deadline is the estimate from the steps, legal: false', async () => {
    await inTempDir('ruqsat-cli-', async (dir) => {
      const r = await ruqsat(
        'demo',
        'run',
        '--service',
        'security-services-license',
        '--json',
        '--data-dir',
        dir,
        '--start',
        '2025-06-02',
      );
      const line = JSON.parse(r.stdout.trim().split('\n')[0] ?? '') as { applicationId: string };
      // Regulation 5-т. (issue): 2 + 6 + 1 = 9 working days from submission on Mon 02.06.2025 —
      // Tue 03 (1), Wed 04 (2), Thu 05 (3), Fri 06 Құрбан айт off, Mon 09 (4), Tue 10 (5),
      // Wed 11 (6), Thu 12 (7), Fri 13 (8), Mon 16.06.2025 (9): an estimate, not the law's term.
      expect(line).toMatchObject({
        deadline: { at: expect.stringMatching(/^2025-06-16T\d\d:\d\d:00\+05:00$/), legal: false },
      });
      const shown = await ruqsat('application', 'show', line.applicationId, '--data-dir', dir, '--json');
      expect(JSON.parse(shown.stdout)).toMatchObject({ deadline: { legal: false } });
    });
  }, 60_000);

  it('before 1 March 2024 the times carry +06:00: filed at 10:00 Almaty time, and `application show` prints local times, not UTC', async () => {
    await inTempDir('ruqsat-cli-', async (dir) => {
      const r = await ruqsat(
        'demo',
        'run',
        '--service',
        'state-flag-emblem-manufacturing-license',
        '--json',
        '--data-dir',
        dir,
        '--start',
        '2023-06-01',
      );
      const line = JSON.parse(r.stdout.trim()) as { applicationId: string; issuedAt: string };
      // Almaty was UTC+6 until 1 March 2024: 10:00 local on Thu 01.06.2023 is 04:00Z (a fixed
      // +05:00 filed it at 05:00Z = 11:00 local). Seed 000 12-т.: 7 working days from Thu
      // 01.06.2023 — Fri 02 (1), Sat 03 and Sun 04 weekend, Mon 05 (2), Tue 06 (3), Wed 07 (4),
      // Thu 08 (5), Fri 09 (6), Sat 10 and Sun 11 weekend, Mon 12.06.2023 (7), closing time 18:30.
      expect(line).toMatchObject({
        registeredAt: '2023-06-01T10:00:00+06:00',
        deadline: { at: '2023-06-12T18:30:00+06:00', legal: true },
        issuedAt: expect.stringMatching(/^2023-06-\d\dT\d\d:\d\d:\d\d\+06:00$/),
      });
      const text = await ruqsat('application', 'show', line.applicationId, '--data-dir', dir);
      expect(text.stdout).toMatch(/^registered 2023-06-01T10:00:00\+06:00 /m);
      expect(text.stdout).toMatch(/^ {2}2023-06-01T10:00:00\+06:00 {2}submitted$/m);
      expect(text.stdout).not.toMatch(/\d\dZ\b/);
    });
  }, 60_000);

  it('exits 1 when no application can reach the outcome (no tacit consent in seed 000)', async () => {
    const r = await ruqsat(
      'demo',
      'run',
      '--service',
      'state-flag-emblem-manufacturing-license',
      '--outcome',
      'tacit-consent',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not applicable/);
  }, 60_000);
});
