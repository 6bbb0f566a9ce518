import { describe, expect, it } from 'vitest';
import { MonitoringFeedSimulator, parseStage, type StageRecord } from '../../src/integrations/index.ts';

const clock = () => new Date('2025-03-03T10:00:00Z');
const running: StageRecord = {
  applicationId: 'APP-1',
  serviceId: 'security-services-license',
  providerId: 'kqb-almaty',
  stepId: 'check-documents',
  role: 'executor',
  startedAt: '2025-03-03T09:00:00+05:00',
  dueAt: '2025-03-11T18:30:00+05:00',
  doneAt: null,
  onTime: null,
};

describe('monitoring feed', () => {
  it('records each stage once, the later publication replacing the earlier', async () => {
    const feed = new MonitoringFeedSimulator({ clock });
    await feed.publish(running);
    await feed.publish({ ...running, applicationId: 'APP-2' });
    await feed.publish({ ...running, doneAt: '2025-03-05T11:00:00+05:00', onTime: true });
    expect(feed.list()).toHaveLength(2);
    expect(feed.list({ applicationId: 'APP-1' })).toEqual([
      {
        ...running,
        doneAt: '2025-03-05T11:00:00+05:00',
        onTime: true,
        publishedAt: '2025-03-03T10:00:00.000Z',
      },
    ]);
    await feed.publish({ ...running, doneAt: '2025-03-12T09:00:00+05:00', onTime: false, stepId: 'decide' });
    expect(feed.list({ applicationId: 'APP-1' }).map((s) => [s.stepId, s.onTime])).toEqual([
      ['check-documents', true],
      ['decide', false],
    ]);
  });

  it('refuses a stage that contradicts itself, naming the field', () => {
    const field = (stage: unknown) => {
      try {
        parseStage(stage);
        return null;
      } catch (e) {
        return (e as { code: string; params: { field: string } }).params.field;
      }
    };
    expect(field(running)).toBeNull();
    expect(field({ ...running, onTime: true })).toBe('onTime');
    expect(field({ ...running, doneAt: '2025-03-12T09:00:00+05:00', onTime: true })).toBe('onTime');
    expect(field({ ...running, doneAt: '2025-03-05T09:00:00+05:00', onTime: false })).toBe('onTime');
    expect(field({ ...running, doneAt: '2025-03-02T09:00:00+05:00', onTime: true })).toBe('doneAt');
    expect(field({ ...running, dueAt: '2025-03-01T09:00:00+05:00' })).toBe('dueAt');
    expect(field({ ...running, startedAt: '3 March' })).toBe('startedAt');
    // Without an offset the time would be read in the server's zone.
    expect(field({ ...running, startedAt: '2025-03-03T09:00' })).toBe('startedAt');
    expect(field({ ...running, startedAt: '2025-02-30T09:00Z' })).toBe('startedAt');
    // The calendar's own format (to the minute) and toISOString's are both instants.
    expect(
      field({ ...running, startedAt: '2025-03-03T09:00+05:00', dueAt: '2025-03-11T13:30:00.000Z' }),
    ).toBeNull();
    expect(field({ ...running, role: '' })).toBe('role');
    expect(field(null)).toBe('stage');
  });

  it('can be unavailable, and then records nothing', async () => {
    const feed = new MonitoringFeedSimulator({ clock });
    feed.failNext(1);
    await expect(feed.publish(running)).rejects.toMatchObject({ code: 'monitoring.unavailable' });
    expect(feed.list()).toEqual([]);
    await feed.publish(running);
    expect(feed.list()).toHaveLength(1);
  });
});
