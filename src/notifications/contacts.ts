/**
 * Where an applicant's e-mail, phone and language come from: the contact they give on the
 * application — form fields `contactEmail`, `contactPhone` and `notificationLanguage`
 * (kk | ru | en; Kazakh when not given). Nothing is guessed from the state databases: a person
 * who gave no contact is told only in the personal cabinet. See docs/notifications.md.
 */
import type { ApplicationState } from '../cases/model.ts';

export type Lang = 'kk' | 'ru' | 'en';

export interface Contact {
  email: string | null;
  /** +7XXXXXXXXXX */
  phone: string | null;
  lang: Lang;
}

const EMAIL =
  /^[^\s@<>(),;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;

/** A Kazakhstan mobile number as +7XXXXXXXXXX (8XXXXXXXXXX and spaces, dashes, brackets accepted), or null. */
export function normalizePhone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s()-]/g, '');
  const m = /^(?:\+7|8|7)(\d{10})$/.exec(digits);
  return m === null ? null : `+7${m[1]}`;
}

export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  return v.length <= 254 && EMAIL.test(v) ? v : null;
}

export function languageOf(value: unknown): Lang {
  return value === 'ru' || value === 'en' ? value : 'kk';
}

export function contactOf(state: Pick<ApplicationState, 'form'>): Contact {
  const form = state.form ?? {};
  return {
    email: normalizeEmail(form['contactEmail']),
    phone: normalizePhone(form['contactPhone']),
    lang: languageOf(form['notificationLanguage']),
  };
}
