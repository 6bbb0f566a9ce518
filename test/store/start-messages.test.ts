/**
 * What `npm start` says when its store cannot start (issue 16): as root with a private folder on
 * the way, the embedded PostgreSQL's message names the folder and every way out, in kk, ru and
 * en; no store message sends the reader to DATABASE_URL unless a server was asked for.
 */
import { describe, expect, it } from 'vitest';
import { AppError, userMessage } from '../../src/errors/app-error.ts';
import { langs } from '../../src/errors/messages.ts';
import { unreachable } from '../../src/store/embedded.ts';

const checkDatabaseUrl = /Check DATABASE_URL|Проверьте DATABASE_URL|DATABASE_URL параметрін/;

describe('the embedded store as root, a private folder on the way', () => {
  const error = unreachable('/root', { uid: 65534 });

  it('names the folder, the user, and the ways out in each language', () => {
    expect(error.code).toBe('store.embedded_unreachable');
    const words = {
      kk: ['root емес', 'DATA_DIR', 'DATABASE_URL'],
      ru: ['не от root', 'DATA_DIR', 'DATABASE_URL'],
      en: ['other than root', 'DATA_DIR', 'DATABASE_URL'],
    };
    for (const lang of langs) {
      const message = userMessage(error, lang);
      expect(message, lang).toContain('chmod o+x /root');
      expect(message, lang).toContain('65534');
      for (const w of words[lang]) expect(message, lang).toContain(w);
      expect(message, lang).not.toMatch(checkDatabaseUrl);
      expect(message, lang).not.toMatch(/\{\w+\}/);
    }
    // Each language its own text, not the English one inside a translated frame.
    expect(userMessage(error, 'ru')).not.toContain('cannot enter');
    expect(userMessage(error, 'kk')).not.toContain('cannot enter');
  });

  it('only the server start says to check DATABASE_URL', () => {
    const reason = { reason: 'ECONNREFUSED' };
    for (const lang of langs) {
      expect(userMessage(new AppError('store.embedded_unavailable', '', reason), lang)).not.toMatch(
        checkDatabaseUrl,
      );
      expect(userMessage(new AppError('store.unavailable', '', reason), lang)).not.toMatch(checkDatabaseUrl);
      expect(userMessage(new AppError('store.server_unreachable', '', reason), lang)).toMatch(
        checkDatabaseUrl,
      );
    }
  });
});
