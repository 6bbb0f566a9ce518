/** `ruqsat signature …`: verify an EDS signature (CMS/CAdES or XML-DSig) and sign a file with a test key. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { AppError, userMessage } from '../errors/app-error.ts';
import { languageFrom } from './language.ts';
import { httpRevocation } from '../signature/http-revocation.ts';
import {
  DEFAULT_PKI_DIR,
  DEFAULT_TEST_PASSWORD,
  revocationFromPki,
  trustFromPemFiles,
  trustFromPki,
} from '../signature/pki-files.ts';
import { signAttached, signDetached, signingKeyFromPkcs12 } from '../signature/sign.ts';
import { verifySignature, type VerificationResult } from '../signature/verify.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The JSON the issue specifies, plus status and revocation for callers that keep and retry. */
function json(result: VerificationResult) {
  return {
    valid: result.valid,
    code: result.code,
    status: result.status,
    signer:
      result.signer === null
        ? null
        : {
            iin: result.signer.iin,
            bin: result.signer.bin,
            role: result.signer.role,
            subject: result.signer.subject,
          },
    signedAt: result.signedAt,
    format: result.format,
    detached: result.detached,
    revocation: result.revocation,
    message: result.message,
  };
}

export function signatureCommand(): Command {
  const cmd = new Command('signature').description('EDS (ЭЦҚ): verify signatures, sign results');

  cmd
    .command('verify')
    .description(
      'verify a CMS (DER or base64, attached or detached) or XML-DSig signature; exit 0 when valid, 1 when not',
    )
    .argument('<signature-file>', 'the signature')
    .option(
      '--content <file>',
      'the signed document (detached), or the application that must be what was signed',
    )
    .option('--expect-iin <IIN>', "the applicant's IIN")
    .option('--expect-bin <BIN>', "the applicant's BIN")
    .addOption(
      new Option('--purpose <purpose>', 'signing key or login key').choices(['sign', 'auth']).default('sign'),
    )
    .option(
      '--pki-dir <dir>',
      'trust the test PKI in this folder (test mode)',
      process.env['RUQSAT_PKI_DIR'] ?? DEFAULT_PKI_DIR,
    )
    .option(
      '--trust-anchor <pem...>',
      'trust these root certificates instead (production mode, revocation over HTTP)',
    )
    .option('--intermediate <pem...>', 'issuing CA certificates the signature may not carry')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        file: string,
        opts: {
          content?: string;
          expectIin?: string;
          expectBin?: string;
          purpose: 'sign' | 'auth';
          pkiDir: string;
          trustAnchor?: string[];
          intermediate?: string[];
          json?: boolean;
        },
      ) => {
        const production = opts.trustAnchor !== undefined;
        const trust = production
          ? trustFromPemFiles(opts.trustAnchor ?? [], opts.intermediate ?? [], 'production')
          : trustFromPki(opts.pkiDir, 'test');
        const result = await verifySignature(new Uint8Array(readFileSync(file)), {
          trust,
          now: new Date(),
          content: opts.content === undefined ? undefined : new Uint8Array(readFileSync(opts.content)),
          expectIin: opts.expectIin,
          expectBin: opts.expectBin,
          purpose: opts.purpose,
          revocation: production ? httpRevocation() : revocationFromPki(opts.pkiDir),
        });
        if (opts.json) print(JSON.stringify(json(result)));
        else if (result.valid)
          print(
            `valid: ${result.signer?.subject ?? ''} (IIN ${result.signer?.iin ?? '—'}, BIN ${result.signer?.bin ?? '—'}, ${result.signer?.role ?? ''})${result.signedAt === null ? '' : `, signed ${result.signedAt}`}`,
          );
        else {
          const lang = languageFrom(cmd.parent?.opts<{ lang?: string }>().lang);
          const text =
            result.code === 'ok'
              ? result.message
              : userMessage(new AppError(result.code, result.message, { ...result.params }), lang);
          print(`${result.status}: ${result.code} — ${text}`);
        }
        process.exitCode = result.valid ? 0 : 1;
      },
    );

  cmd
    .command('sign')
    .description(
      'sign a file with a key from PKCS#12: detached CMS (CAdES-BES) with certificate and signing time',
    )
    .argument('<file>', 'the document to sign')
    .requiredOption('--key <file.p12>', 'PKCS#12 key file')
    .option('--password <password>', 'PKCS#12 password', DEFAULT_TEST_PASSWORD)
    .requiredOption('--out <file>', 'where to write the signature')
    .option('--attached', 'put the document inside the signature')
    .option('--base64', 'write base64 instead of DER')
    .action(
      (
        file: string,
        opts: { key: string; password: string; out: string; attached?: boolean; base64?: boolean },
      ) => {
        const key = signingKeyFromPkcs12(new Uint8Array(readFileSync(opts.key)), opts.password);
        const content = new Uint8Array(readFileSync(file));
        const signed = (opts.attached ? signAttached : signDetached)(content, key, new Date());
        writeFileSync(opts.out, opts.base64 ? `${signed.base64}\n` : signed.der);
        print(`${opts.out}: signed by ${key.certificate.subject}`);
      },
    );
  return cmd;
}
