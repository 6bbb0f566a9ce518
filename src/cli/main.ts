/**
 * `ruqsat`: the command line. Each command family lives in its own module; this file wires
 * them and turns errors into a message in the user's language and an exit code
 * (1 = the input or data is wrong, 2 = the command was called wrongly).
 */
import { Command, CommanderError } from 'commander';
import { AppError, userMessage } from '../errors/app-error.ts';
import { calendarCommand } from './calendar-command.ts';
import { catalogCommand } from './catalog-command.ts';
import { idCommand } from './id-command.ts';
import { languageFrom } from './language.ts';
import { serveCommand } from './serve-command.ts';
import { demoCommand } from './demo-command.ts';
import { applicationCommand } from './application-command.ts';
import { registryCommand } from './registry-command.ts';
import { pkiCommand } from './pki-command.ts';
import { signatureCommand } from './signature-command.ts';
import { documentCommand } from './document-command.ts';
import { complaintCommand } from './complaint-command.ts';
import { monitoringCommand } from './monitoring-command.ts';

const program = new Command('ruqsat')
  .description('Ruqsat — state services and licensing of Kazakhstan, run from the normative acts as data')
  .option('--lang <kk|ru|en>', 'language of messages (default: from RUQSAT_LANG or LANG)')
  .helpCommand(true);

program.addCommand(calendarCommand());
program.addCommand(idCommand());
program.addCommand(catalogCommand());
program.addCommand(serveCommand());
program.addCommand(demoCommand());
program.addCommand(applicationCommand());
program.addCommand(registryCommand());
program.addCommand(pkiCommand());
program.addCommand(signatureCommand());
program.addCommand(documentCommand());
program.addCommand(complaintCommand());
program.addCommand(monitoringCommand());

// Commands built apart and added do not inherit these settings; every level needs them.
const configure = (cmd: Command): void => {
  cmd.exitOverride().showHelpAfterError();
  cmd.commands.forEach(configure);
};
configure(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; their text is already printed.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof AppError) {
    process.stderr.write(
      `ruqsat: ${userMessage(error, languageFrom(program.opts<{ lang?: string }>().lang))}\n`,
    );
    process.exitCode = 1;
  } else {
    throw error;
  }
}
