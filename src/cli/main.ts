/**
 * `spinepath` command line. Exit codes: 0 success, 2 invalid input (every error listed), 1 unexpected failure.
 * Never prints a stack trace to the user (set SPINEPATH_DEBUG=1 to see one).
 */
import { Command, CommanderError } from 'commander';
import { assessCommand } from './assess-command.js';
import { kbCommand } from './kb-command.js';
import { instrumentsCommand } from './instruments-command.js';
import { scoreCommand } from './score-command.js';
import { importCommand } from './import-command.js';
import { registerAuditCommands } from './audit-command.js';
import { InputError } from './io.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('spinepath')
    .description('Clinical decision support for persistent spinal pain after spine surgery (PSPS-T2, formerly FBSS)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

  program
    .command('assess')
    .description('assess a case: red flags, classification, ranked causes with their evidence, work-up, safety checks and the stepped treatment plan')
    .argument('<case.json>', 'a case file (see docs/case-format.md)')
    .option('--json', 'print the machine-readable assessment')
    .option('--patient', 'print the patient version (plain language) instead of the clinician report')
    .action((file: string, opts: { json?: boolean; patient?: boolean }) => {
      code = assessCommand(file, opts, io);
    });

  program
    .command('kb')
    .description('show knowledge-base entries with their sources')
    .argument('[kind]', 'causes | findings | tests | red-flags | references')
    .argument('[id]', 'an entry id')
    .option('--json', 'print JSON')
    .action((kind: string | undefined, id: string | undefined, opts: { json?: boolean }) => {
      code = kbCommand(kind, id, opts, io);
    });

  program
    .command('import')
    .description('import FHIR R4 Bundles (a file or a folder of *.json): summary, unmapped codes, one case draft per patient')
    .argument('<bundle.json|folder>', 'a Bundle file, or a folder of them')
    .option('--json', 'print the full import report as JSON')
    .option('--out <dir>', 'write <name>.case.json and <name>.import.json per patient')
    .option('--date <YYYY-MM-DD>', 'assessment date of the drafts and reference date of ages (default today)')
    .action((target: string, opts: { json?: boolean; out?: string; date?: string }) => {
      code = importCommand(target, { ...opts, progress: io === defaultIo && process.stderr.isTTY === true }, io);
    });

  program
    .command('score')
    .description('score one questionnaire response (own answer format or FHIR QuestionnaireResponse)')
    .argument('<instrument>', 'instrument id (spinepath instruments)')
    .argument('<response.json>', 'answers: {"instrument", "date", "answers": {linkId: value}} or a QuestionnaireResponse')
    .option('--json', 'print the full result as JSON')
    .action((instrument: string, file: string, opts: { json?: boolean }) => {
      code = scoreCommand(instrument, file, opts, io);
    });

  program
    .command('instruments')
    .description('list the instruments: id, name, licence class, items, whether item text ships')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      code = instrumentsCommand(opts, io);
    });

  registerAuditCommands(program, io, (c) => (code = c));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof InputError) {
      io.err(`spinepath: ${e.path}: ${e.message}\n`);
      return 2;
    }
    io.err(`spinepath: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.SPINEPATH_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 1;
  }
  return code;
}
