/** The `ruqsat` command tree, built apart from main.ts so tests can walk it (help on every command). */
import { Command } from 'commander';
import { calendarCommand } from './calendar-command.ts';
import { catalogCommand } from './catalog-command.ts';
import { idCommand } from './id-command.ts';
import { serveCommand } from './serve-command.ts';
import { demoCommand } from './demo-command.ts';
import { applicationCommand } from './application-command.ts';
import { registryCommand } from './registry-command.ts';
import { pkiCommand } from './pki-command.ts';
import { signatureCommand } from './signature-command.ts';
import { documentCommand } from './document-command.ts';
import { complaintCommand } from './complaint-command.ts';
import { monitoringCommand } from './monitoring-command.ts';
import { officialCommand } from './official-command.ts';

export function buildProgram(): Command {
  const program = new Command('ruqsat')
    .description('Ruqsat — state services and licensing of Kazakhstan, run from the normative acts as data')
    .option('--lang <kk|ru|en>', 'language of messages and explanations (default: from RUQSAT_LANG or LANG)')
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
  program.addCommand(officialCommand());

  // Commands built apart and added do not inherit these settings; every level needs them.
  const configure = (cmd: Command): void => {
    cmd.exitOverride().showHelpAfterError();
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}
