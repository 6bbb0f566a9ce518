/**
 * The address of an act's official text in the Reference Control Bank of legal acts (Әділет,
 * adilet.zan.kz): registered acts are filed as V + two-digit year of state registration + the
 * registration number padded to 8 digits (order 166-НҚ, registered No. 20667 on 19.05.2020 →
 * V2000020667). An act without state registration (seed 004) has no such address.
 */
import type { Act } from './schema.ts';

const sections = { kk: 'kaz', ru: 'rus', en: 'eng' } as const;

export function adiletUrl(act: Pick<Act, 'justiceRegistration'>, lang: keyof typeof sections): string | null {
  const registration = act.justiceRegistration;
  if (registration === null || !/^\d+$/.test(registration.number)) return null;
  const code = `V${registration.date.slice(2, 4)}${registration.number.padStart(8, '0')}`;
  return `https://adilet.zan.kz/${sections[lang]}/docs/${code}`;
}
