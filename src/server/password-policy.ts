/**
 * Passwords as NIST SP 800-63B-4 (2025) §3.1.1.2 asks of a verifier: a minimum length (15
 * characters when the password is the only factor, as an official's is here), a maximum of at
 * least 64 (128 here: long passphrases are welcome, unbounded input is not), every printable
 * character and space allowed, no composition rules (no "one digit, one capital"), and a
 * blocklist: commonly used, expected or compromised values, repetitive or sequential
 * characters, and context-specific words (the service's name, the login). Length is counted in
 * Unicode code points, as the guidance says.
 *
 * The blocklist file (common-passwords.txt beside this one) names its source in its header.
 * With a 15-character minimum, a listed password matters mostly as the core of a longer one
 * ("password2024!!!!", "qwertyqwertyqwerty"), so the core without leading and trailing digits
 * and symbols is checked too, and so is a repetition of a listed or short unit.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../errors/app-error.ts';

/** NIST SP 800-63B-4 §3.1.1.2: 15 when the password alone authenticates. */
export const PASSWORD_MIN = 15;
/** The most code points accepted (the guidance: at least 64). */
export const PASSWORD_MAX = 128;
/** The edge's limit in UTF-16 units (4 per code point at most counts every allowed password in). */
export const PASSWORD_INPUT_MAX = PASSWORD_MAX * 4;

/** The deployment's own names: a password built on them is the first an attacker tries. */
const SERVICE_WORDS = ['ruqsat', 'рұқсат', 'руксат', 'egov', 'elicense'];

/** Sequences people type as a password: alphabets, digits, keyboard rows (Latin and Kazakh-Russian). */
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'йцукенгшщзхъфывапролджэячсмитьбю',
];

let listed: Set<string> | undefined;

/** The blocklist, lower-cased (read once). */
function commonPasswords(): Set<string> {
  listed ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.toLowerCase()),
  );
  return listed;
}

/** Whether `s` runs along one of the sequences, forwards or backwards, wrapping round. */
function isSequential(s: string): boolean {
  const chars = [...s];
  const backwards = chars.toReversed().join('');
  return SEQUENCES.some((seq) => {
    const run = seq.repeat(Math.ceil(chars.length / [...seq].length) + 1);
    return run.includes(s) || run.includes(backwards);
  });
}

/** Whether `s` is some unit said twice or more, where the unit is short or itself common. */
function isRepetition(s: string): boolean {
  const chars = [...s];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join('');
    if (unit.repeat(chars.length / size) !== s) continue;
    if (size <= 4 || commonPasswords().has(unit) || isSequential(unit)) return true;
  }
  return false;
}

/** What is wrong with the password (as an AppError), or null. */
export function passwordProblem(password: string, login: string): AppError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX)
    return new AppError('auth.password_length', `password of ${length} characters`, {
      min: PASSWORD_MIN,
      max: PASSWORD_MAX,
    });
  const s = password.normalize('NFKC').toLowerCase();
  // Digits, punctuation and spaces around a word add little: "Password2024!!!" is "password".
  const core = s.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  for (const candidate of new Set([s, core]))
    if (
      candidate !== '' &&
      (commonPasswords().has(candidate) || isRepetition(candidate) || isSequential(candidate))
    )
      return new AppError('auth.password_common', 'a common, repetitive or sequential password');
  const word = [...SERVICE_WORDS, ...(login.length >= 3 ? [login.toLowerCase()] : [])].find((w) =>
    s.includes(w),
  );
  if (word !== undefined)
    return new AppError('auth.password_context', `the password contains ${word}`, { word });
  return null;
}

/** Throws the password's problem, if any. */
export function requireGoodPassword(password: string, login: string): void {
  const problem = passwordProblem(password, login);
  if (problem !== null) throw problem;
}
