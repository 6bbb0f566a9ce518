import { describe, expect, it } from 'vitest';
import { parseNotification, type Notification } from '../../src/integrations/index.ts';

const message = (over: Partial<Notification> = {}): Notification => ({
  recipientId: '900722402026',
  applicationId: 'APP-1',
  kind: 'result-ready',
  text: { kk: 'Лицензия дайын', ru: 'Лицензия готова', en: 'The license is ready' },
  channel: 'cabinet',
  ...over,
});

describe('a notification', () => {
  it('is refused without all three languages, or on an unknown channel, naming the field', () => {
    expect(parseNotification(message())).toEqual(message());
    expect(() => parseNotification({ ...message(), text: { kk: 'Дайын', ru: 'Готово', en: ' ' } })).toThrow(
      expect.objectContaining({ code: 'notifications.invalid_message', params: { field: 'text.en' } }),
    );
    expect(() => parseNotification({ ...message(), channel: 'fax' })).toThrow(
      expect.objectContaining({ params: { field: 'channel' } }),
    );
  });
});
