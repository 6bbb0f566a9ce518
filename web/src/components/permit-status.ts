/**
 * A permit's status badge agrees in Russian with the noun that names the permit on the page
 * (issue 16): "лицензия приостановлена", "свидетельство приостановлено", "иной документ
 * приостановлен". The noun is the kind's name (`kind.*` in the locale files); its gender picks
 * the badge's text (`permitStatus.<status>.<f|n|m>`; Kazakh and English have one form, repeated).
 * No imports: Node's tests load it as is.
 */

export type Gender = 'f' | 'n' | 'm';

/**
 * The Russian gender of the name each permit kind has on the pages, and of "приложение"; a kind
 * without a name of its own is shown as "разрешение" (n).
 */
export const permitGender: Readonly<Record<string, Gender>> = {
  license: 'f', // лицензия
  certificate: 'n', // свидетельство
  conclusion: 'n', // заключение
  registration: 'f', // регистрация
  other: 'm', // иной документ
  appendix: 'n', // приложение
};

/** The kinds the pages name (`kind.*`); any other is called a permit, "разрешение" (n). */
const named = new Set(['license', 'certificate', 'conclusion', 'registration', 'other']);

/** The locale key of the badge for this status of this kind of permit. */
export function permitStatusKey(status: string, kind: string): string {
  return `permitStatus.${status}.${permitGender[kind] ?? 'n'}`;
}

/** The locale key of the noun that names this kind of permit on its page. */
export function permitNounKey(kind: string): string {
  return named.has(kind) ? `kind.${kind}` : 'registry.permit';
}
