/** `ruqsat signature …`: verify an EDS signature (CMS/CAdES or XML-DSig) and sign a file with a test key. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { AppError, userMessage } from '../errors/app-error.ts';
import { languageFrom } from './language.ts';
import { httpRevocation } from '../signature/http-revocation.ts';
import { recordedRevocation } from '../signature/revocation.ts';
import {
  defaultPkiDir,
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
    .option('--pki-dir <dir>', 'trust the test PKI in this folder (test mode)', defaultPkiDir())
    .option(
      '--trust-anchor <file...>',
      'trust these CA certificates (PEM or DER) instead (production mode, revocation over HTTP)',
    )
    .option('--intermediate <file...>', 'issuing CA certificates (PEM or DER) the signature may not carry')
    .option(
      '--at <ISO time>',
      'verify as of this time instead of now (signatures whose certificates have since expired)',
    )
    .option('--crl <file...>', 'judge revocation by these CRL files instead of asking the CA')
    .option('--ocsp <file...>', 'judge revocation by these OCSP answers instead of asking the CA')
    .option('--ocsp-max-age <hours>', 'the oldest OCSP answer (by thisUpdate) believed', '24')
    .option('--test-mode', 'with --trust-anchor: accept test IINs that fail the control digit')
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
          at?: string;
          crl?: string[];
          ocsp?: string[];
          ocspMaxAge: string;
          testMode?: boolean;
          json?: boolean;
        },
      ) => {
        const now = opts.at === undefined ? new Date() : new Date(opts.at);
        const maxAgeHours = Number(opts.ocspMaxAge);
        if (Number.isNaN(now.getTime()) || !(maxAgeHours > 0))
          throw new AppError('cli.usage', 'bad --at or --ocsp-max-age', {
            detail: Number.isNaN(now.getTime())
              ? `--at ${opts.at ?? ''}: an ISO time (2022-09-28T00:00:00Z)`
              : `--ocsp-max-age ${opts.ocspMaxAge}: hours`,
          });
        const ocspMaxAgeMs = maxAgeHours * 3_600_000;
        const production = opts.trustAnchor !== undefined;
        const trust = production
          ? trustFromPemFiles(
              opts.trustAnchor ?? [],
              opts.intermediate ?? [],
              opts.testMode ? 'test' : 'production',
            )
          : trustFromPki(opts.pkiDir, 'test');
        const read = (paths: readonly string[] | undefined) =>
          (paths ?? []).map((p) => new Uint8Array(readFileSync(p)));
        const revocation =
          opts.crl !== undefined || opts.ocsp !== undefined
            ? recordedRevocation(read(opts.crl), read(opts.ocsp), { maxAgeMs: ocspMaxAgeMs })
            : production
              ? httpRevocation(undefined, undefined, ocspMaxAgeMs)
              : revocationFromPki(opts.pkiDir);
        const result = await verifySignature(new Uint8Array(readFileSync(file)), {
          trust,
          now,
          content: opts.content === undefined ? undefined : new Uint8Array(readFileSync(opts.content)),
          expectIin: opts.expectIin,
          expectBin: opts.expectBin,
          purpose: opts.purpose,
          revocation,
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
