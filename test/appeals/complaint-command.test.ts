/**
 * `ruqsat complaint …` over an embedded store in a temp folder: file, show, extend (refused past
 * 10 working days), decide, forward, overdue, and a late filing refused.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../fixtures/run-command.ts';
import { complaintCommand } from '../../src/cli/complaint-command.ts';
import { AppError } from '../../src/errors/app-error.ts';

const FLAG = 'state-flag-emblem-manufacturing-license';
let root: string;
let dataDir: string;

const run = (...args: string[]) => runCommand(complaintCommand(), [...args, '--data-dir', dataDir]);

const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await run(...args, '--json')) as T;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruqsat-complaint-'));
  // As root the embedded server runs as "nobody", which must be able to enter the folder.
  await chmod(root, 0o755);
  dataDir = join(root, 'pg');
});
afterAll(() => rm(root, { recursive: true, force: true }));

interface Shown {
  id: string;
  status: string;
  reviewDue: string;
  forwardDue: string | null;
  overdue: string[];
  extension: { workingDays: number } | null;
  forwarded: { body: string } | null;
  decisions: { outcome: string; onTime: boolean }[];
}

describe('ruqsat complaint', () => {
  it('files, shows, extends, decides, forwards; overdue lists it when late', async () => {
    const filed = await json<Shown>(
      'file',
      'c-1',
      '--service',
      FLAG,
      '--provider',
      '000740001307',
      '--learned-on',
      '2025-05-30',
      '--text',
      'refused without a hearing',
      '--today',
      '2025-06-02',
    );
    // 5 working days from Monday 2 June 2025, the start day not counted, Kurban Ait (Fri 6 June) skipped.
    expect(filed).toMatchObject({ id: 'c-1', status: 'under-review', reviewDue: '2025-06-10', overdue: [] });

    const text = await run('show', 'c-1', '--today', '2025-06-11');
    expect(text).toMatch(/complaint c-1 \(version 1\): under-review/);
    expect(text).toMatch(/OVERDUE today \(2025-06-11\): review/);
    const late = await json<(Shown & { overdue: string[] })[]>('overdue', '--today', '2025-06-11');
    expect(late.map((c) => [c.id, c.overdue])).toEqual([['c-1', ['review']]]);
    expect(await run('overdue', '--today', '2025-06-03')).toMatch(/nothing overdue on 2025-06-03/);

    await expect(
      run('extend', 'c-1', '--days', '11', '--reason', 'expert opinion', '--today', '2025-06-03'),
    ).rejects.toMatchObject({ code: 'appeal.extension_too_long' });
    const extended = await json<Shown>(
      'extend',
      'c-1',
      '--days',
      '5',
      '--reason',
      'expert opinion',
      '--today',
      '2025-06-03',
    );
    expect(extended.extension).toMatchObject({ workingDays: 5 });
    expect(extended.reviewDue > '2025-06-10').toBe(true);

    const decided = await json<Shown>(
      'decide',
      'c-1',
      '--outcome',
      'rejected',
      '--text',
      'the refusal stands',
      '--today',
      '2025-06-05',
    );
    expect(decided).toMatchObject({
      status: 'to-forward',
      decisions: [{ outcome: 'rejected', onTime: true }],
    });
    expect(decided.forwardDue).not.toBeNull();

    const forwarded = await json<Shown>(
      'forward',
      'c-1',
      '--body',
      'quality authority',
      '--today',
      '2025-06-06',
    );
    expect(forwarded.forwarded).toMatchObject({ body: 'quality authority' });
  }, 120_000);

  it('refuses a complaint filed after 3 months, and an unknown complaint', async () => {
    await expect(
      run(
        'file',
        'c-late',
        '--service',
        FLAG,
        '--provider',
        '000740001307',
        '--learned-on',
        '2025-01-10',
        '--text',
        'late',
        '--today',
        '2025-06-02',
      ),
    ).rejects.toMatchObject({ code: 'appeal.late' });
    const error: unknown = await run('show', 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'appeal.not_found' });
  }, 60_000);

  it('has help on each subcommand', () => {
    const cmd = complaintCommand();
    expect(cmd.commands.map((c) => c.name())).toEqual([
      'file',
      'extend',
      'notify-extension',
      'decide',
      'forward',
      'show',
      'overdue',
    ]);
    for (const c of cmd.commands) expect(c.helpInformation()).toMatch(/--data-dir/);
  });
});
