/**
 * Demo data for `npm start` and the tests: one official per provider and per official role its
 * processes name (login `<provider>.<role>`, one demo password), and the demo applicants of the
 * state-database simulator (people by IIN, companies by BIN) to log in as.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { QUALITY_AUTHORITY } from '../appeals/roles.ts';
import { providerIdOf } from '../cases/engine.ts';
import type { RoleKind } from '../cases/model.ts';
import { isOfficial } from '../cases/roles.ts';
import { demoCompanies, demoPeople } from '../integrations/index.ts';
import {
  ADMIN_ROLE,
  hashPassword,
  verifyPassword,
  type Official,
  type Principal,
  type Sessions,
} from './auth.ts';

/** The password of every demo official; refused in production (no demo officials there). */
export const DEMO_PASSWORD = 'ruqsat-demo';

export interface DemoApplicant {
  id: string;
  type: 'individual' | 'legal-entity';
  name: string;
  note: string;
}

export function demoApplicants(): DemoApplicant[] {
  return [
    ...demoPeople.map((p) => ({
      id: p.iin,
      type: 'individual' as const,
      name: `${p.lastName} ${p.firstName} ${p.patronymic ?? ''}`.trim(),
      note: p.note,
    })),
    ...demoCompanies.map((c) => ({
      id: c.bin,
      type: 'legal-entity' as const,
      name: c.name.kk,
      note: c.note,
    })),
  ];
}

export function applicantPrincipal(id: string): Extract<Principal, { kind: 'applicant' }> | undefined {
  const found = demoApplicants().find((a) => a.id === id);
  return found === undefined
    ? undefined
    : { kind: 'applicant', id: found.id, type: found.type, name: found.name };
}

/** Every provider of the catalog with the official roles its processes name. */
export function providerRoles(catalog: Catalog): Map<string, { name: string; roles: Set<RoleKind> }> {
  const providers = new Map<string, { name: string; roles: Set<RoleKind> }>();
  for (const { service } of catalog.list()) {
    const id = providerIdOf(service);
    const entry = providers.get(id) ?? { name: service.provider.name.kk, roles: new Set<RoleKind>() };
    for (const p of service.processes)
      for (const participant of p.participants)
        if (isOfficial(participant.kind)) entry.roles.add(participant.kind);
    providers.set(id, entry);
  }
  return providers;
}

/**
 * Made-up people for the demo officials, one per role (documents name the official who signed
 * or received, and the desk's header shows the short name); any likeness to a real person is chance.
 */
const DEMO_OFFICIAL_NAMES: Record<string, string> = {
  head: 'Әбенов Дәурен Асқарұлы',
  'unit-head': 'Қасымова Гүлнар Маратқызы',
  executor: 'Сәрсенбаев Нұрлан Бекұлы',
  'office-clerk': 'Ахметова Динара Ерланқызы',
  commission: 'Мұқанов Арман Талғатұлы',
  'commission-secretary': 'Жақыпова Әсел Ғаниқызы',
  'state-corporation-operator': 'Бекова Айжан Серікқызы',
  // The acts that name only "the provider" (seed 000): its official, role `other`.
  other: 'Тұрсынов Бауыржан Ермекұлы',
};

/**
 * Adds the demo officials and the demo administrator `admin` (one scrypt hash shared by all: the
 * password is the same). The hash a previous start left is kept when it still is the demo
 * password's: a new one would count as a password change and end the demo officials' sessions.
 */
export async function seedDemoOfficials(sessions: Sessions, catalog: Catalog): Promise<Official[]> {
  const previous = await sessions.findOfficial('admin');
  const passwordHash =
    previous !== undefined && (await verifyPassword(DEMO_PASSWORD, previous.passwordHash))
      ? previous.passwordHash
      : await hashPassword(DEMO_PASSWORD);
  const added: Official[] = [];
  for (const [providerId, { name, roles }] of providerRoles(catalog))
    for (const role of roles) {
      const official: Official = {
        login: `${providerId}.${role}`,
        name: DEMO_OFFICIAL_NAMES[role] ?? `${name}: ${role}`,
        role,
        providerId,
        passwordHash,
      };
      await sessions.addOfficial(official);
      added.push(official);
    }
  // The quality authority reviews complaints (src/appeals/roles.ts): login `quality-authority.head`.
  const quality: Official = {
    login: `${QUALITY_AUTHORITY}.head`,
    name: 'Нұрпейісова Мөлдір Қанатқызы',
    role: 'head',
    providerId: QUALITY_AUTHORITY,
    passwordHash,
  };
  await sessions.addOfficial(quality);
  added.push(quality);
  const admin: Official = {
    login: 'admin',
    name: 'Demo administrator',
    role: ADMIN_ROLE,
    providerId: '',
    passwordHash,
  };
  await sessions.addOfficial(admin);
  return [...added, admin];
}
