/** Which of kk / ru / en the person at the terminal reads: --lang, then RUQSAT_LANG, then LANG. */
import type { Command } from 'commander';
import type { Lang } from '../errors/messages.ts';

export function languageFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  for (const value of [option, env['RUQSAT_LANG'], env['LC_ALL'], env['LANG']]) {
    const code = value?.slice(0, 2).toLowerCase();
    if (code === 'kk' || code === 'ru' || code === 'en') return code;
  }
  return 'en';
}

/** The language of a command's output: the root's --lang (commander keeps it on the root). */
export function langOf(command: Command): Lang {
  return languageFrom(command.optsWithGlobals<{ lang?: string }>().lang);
}
