/**
 * `ruqsat monitoring indicators` over an embedded store in a temp folder holding one issued
 * flag-and-emblem license (the demo scenario): JSON and CSV, the filters, and usage errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../fixtures/run-command.ts';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { monitoringCommand } from '../../src/cli/monitoring-command.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import type { Indicators } from '../../src/monitoring/indicators.ts';
import { openPlatform } from '../../src/platform.ts';
import { freshPlace, type Place } from '../store/fixture.ts';

const FLAG = 'state-flag-emblem-manufacturing-license';
let place: Place;
let dataDir: string;

const run = (...args: string[]) => runCommand(monitoringCommand(), [...args, '--data-dir', dataDir]);

beforeAll(async () => {
  place = await freshPlace('embedded');
  dataDir = place.options.dataDir ?? '';
  const clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
  const platform = await openPlatform({ clock, ...place.options, pki: 'none' });
  try {
    const entry = platform.catalog.resolve(FLAG, '2025-06-02', { acceptRepealed: true });
    const result = await runScenario(platform, clock, entry, 'issue', 'mon-cli-1');
    if (!result.reached) throw new Error(`scenario: ${JSON.stringify(result)}`);
  } finally {
    await platform.close();
  }
}, 120_000);
afterAll(() => place?.cleanup());

describe('ruqsat monitoring indicators', () => {
  it('gives the indicators of the period as JSON', async () => {
    const ind = JSON.parse(
      await run('indicators', '--service', FLAG, '--from', '2025-06-01', '--to', '2025-07-01'),
    ) as Indicators;
    expect(ind.filter).toMatchObject({ serviceId: FLAG, from: '2025-06-01', to: '2025-07-01' });
    expect(ind.applications).toMatchObject({ registered: 1, finished: 1 });
    expect(ind.steps.length).toBeGreaterThan(0);
  }, 60_000);

  it('filters by period and provider, and defaults to all time', async () => {
    const before = JSON.parse(
      await run('indicators', '--from', '2025-01-01', '--to', '2025-06-01'),
    ) as Indicators;
    expect(before.applications.registered).toBe(0);
    const other = JSON.parse(await run('indicators', '--provider', 'no-such-provider')) as Indicators;
    expect(other.applications.registered).toBe(0);
    const all = JSON.parse(await run('indicators')) as Indicators;
    expect(all.applications.registered).toBe(1);
  }, 60_000);

  it('exports CSV', async () => {
    const csv = await run('indicators', '--format', 'csv');
    expect(csv.split('\n')[0]).toBe('section,key,metric,value');
    expect(csv).toContain('applications,,registered,1');
  }, 60_000);

  it('refuses --from without --to, a bad date, and an empty period', async () => {
    await expect(run('indicators', '--from', '2025-06-01')).rejects.toMatchObject({ code: 'cli.usage' });
    await expect(run('indicators', '--from', '2025-6-1', '--to', '2025-07-01')).rejects.toMatchObject({
      code: 'cli.usage',
    });
    await expect(run('indicators', '--from', '2025-07-01', '--to', '2025-07-01')).rejects.toMatchObject({
      code: 'cli.usage',
    });
    expect(monitoringCommand().commands[0]?.helpInformation()).toMatch(/--format/);
  });
});
