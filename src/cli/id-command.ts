/** `ruqsat id check`: validates and decodes IINs and BINs. */
import { Command } from 'commander';
import { checkId } from '../identity/iin-bin.ts';

export function idCommand(): Command {
  const cmd = new Command('id').description('IIN / BIN (ЖСН / БСН): structure, control digit, decoding');
  cmd
    .command('check')
    .description('check each value; exit code 0 even when a value is invalid (the answer is the output)')
    .argument('<value...>', '12-digit IIN or BIN')
    .option('--json', 'one JSON object per line: {value, valid, kind, error, …decoded}')
    .action((values: string[], opts: { json?: boolean }) => {
      for (const value of values) {
        const r = checkId(value);
        if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else if (r.valid)
          process.stdout.write(
            `${r.value}\tvalid ${r.kind.toUpperCase()}\t${r.kind === 'iin' ? `born ${r.birthDate}, ${r.sex}` : `registered ${r.registered}, ${r.entityType}, ${r.division}`}\n`,
          );
        else
          process.stdout.write(
            `${r.value}\tinvalid${r.kind ? ` ${r.kind.toUpperCase()}` : ''}: ${r.error}\n`,
          );
      }
    });
  return cmd;
}
