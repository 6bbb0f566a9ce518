/**
 * `ruqsat`: the command line. Each command family lives in its own module; this file wires
 * them and turns errors into a message in the user's language and an exit code
 * (1 = the input or data is wrong, 2 = the command was called wrongly).
 */
import { CommanderError } from 'commander';
import { AppError, userMessage } from '../errors/app-error.ts';
import { languageFrom } from './language.ts';
import { buildProgram } from './program.ts';

const program = buildProgram();

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
