/** `ruqsat pki …`: the built-in test PKI (a root and issuing CA like the national CA's) for development and demos. */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import {
  defaultPkiDir,
  DEFAULT_TEST_PASSWORD,
  initPki,
  issueToFile,
  revokeInPki,
} from '../signature/pki-files.ts';
import { parseCertificate } from '../signature/certificate.ts';
import { pkiRoles, type KeyAlgorithm, type PkiRole } from '../signature/test-pki.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

export function pkiCommand(): Command {
  const cmd = new Command('pki').description(
    'test PKI: a root and an issuing CA laid out like the national CA (НУЦ РК), for development only',
  );
  const dirOption = () =>
    new Option('--dir <dir>', 'folder of the test PKI (serve keeps its own in <DATA_DIR>/pki)').default(
      defaultPkiDir(),
    );

  cmd
    .command('init')
    .description(
      'create the root and issuing CA; writes their certificates and keys (PEM), an empty CRL and state.json',
    )
    .addOption(dirOption())
    .action(async (opts: { dir: string }) => {
      const pki = await initPki(opts.dir, new Date());
      print(`root: ${parseCertificate(pki.root.certificate).subject}`);
      print(`issuing CA: ${parseCertificate(pki.ca.certificate).subject}`);
      print(`written to ${opts.dir} (root.cert.pem, ca.cert.pem, *.key.pem, ca.crl, state.json)`);
    });

  cmd
    .command('issue')
    .description('issue a signing (or authentication) certificate and its key as a PKCS#12 file')
    .requiredOption('--iin <IIN>', "the holder's IIN (test IINs failing the control digit are accepted)")
    .option('--bin <BIN>', "the organisation's BIN (legal entity's employee)")
    .addOption(new Option('--role <role>', 'role in the certificate (NCA EKU)').choices([...pkiRoles]))
    .addOption(
      new Option('--purpose <purpose>', 'SIGN key or AUTH key').choices(['sign', 'auth']).default('sign'),
    )
    .addOption(new Option('--key <alg>', 'key algorithm').choices(['rsa', 'ecdsa']).default('rsa'))
    .requiredOption('--out <file.p12>', 'PKCS#12 file to write')
    .option('--password <password>', 'PKCS#12 password', DEFAULT_TEST_PASSWORD)
    .addOption(dirOption())
    .action(
      async (opts: {
        iin: string;
        bin?: string;
        role?: PkiRole;
        purpose: 'sign' | 'auth';
        key: KeyAlgorithm;
        out: string;
        password: string;
        dir: string;
      }) => {
        const issued = await issueToFile(
          opts.dir,
          { iin: opts.iin, bin: opts.bin, role: opts.role, purpose: opts.purpose, keyAlgorithm: opts.key },
          opts.out,
          opts.password,
          new Date(),
        );
        print(`${opts.out}: serial ${issued.serial}, ${issued.subject}`);
      },
    );

  cmd
    .command('revoke')
    .description('revoke a certificate issued here: updates the CRL in DIR and the OCSP simulator state')
    .argument('[file.p12]', 'the PKCS#12 file of the certificate')
    .option('--serial <hex>', 'the serial number instead of the file')
    .addOption(dirOption())
    .action(async (file: string | undefined, opts: { serial?: string; dir: string }) => {
      const target =
        opts.serial !== undefined
          ? { serial: opts.serial }
          : { p12: new Uint8Array(readFileSync(file ?? '')) };
      const { serial } = await revokeInPki(opts.dir, target, new Date());
      print(`revoked ${serial}`);
    });
  return cmd;
}
