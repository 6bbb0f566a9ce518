// Runs `ruqsat pki …` and `ruqsat signature …` as main.ts will once the lead wires them in:
// the same error handling, so the CLI tests see the real exit codes and messages.
import { Command, CommanderError } from 'commander';
import { AppError, userMessage } from '../../src/errors/app-error.ts';
import { pkiCommand } from '../../src/cli/pki-command.ts';
import { signatureCommand } from '../../src/cli/signature-command.ts';

const program = new Command('ruqsat').option('--lang <lang>').exitOverride();
program.addCommand(pkiCommand());
program.addCommand(signatureCommand());
const configure = (cmd: Command): void => {
  cmd.exitOverride();
  cmd.commands.forEach(configure);
};
configure(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
  else if (error instanceof AppError) {
    process.stderr.write(`ruqsat: ${userMessage(error, 'en')}\n`);
    process.exitCode = 1;
  } else throw error;
}
