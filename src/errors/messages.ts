/**
 * User-facing error texts in Kazakh, Russian and English, keyed by the stable error code.
 * `{name}` is filled from the error's params. The texts live by area in ./messages/; this is
 * the one table `ErrorCode` is derived from.
 */
import type { Lang } from './messages/area.ts';
import { appealsMessages } from './messages/appeals.ts';
import { casesMessages } from './messages/cases.ts';
import { documentsMessages } from './messages/documents.ts';
import { integrationsMessages } from './messages/integrations.ts';
import { referenceMessages } from './messages/reference.ts';
import { registryMessages } from './messages/registry.ts';
import { serverMessages } from './messages/server.ts';
import { signatureMessages } from './messages/signature.ts';
import { storeMessages } from './messages/store.ts';

export type { Lang } from './messages/area.ts';
export const langs: readonly Lang[] = ['kk', 'ru', 'en'];

export const userMessages = {
  ...referenceMessages,
  ...storeMessages,
  ...casesMessages,
  ...registryMessages,
  ...integrationsMessages,
  ...signatureMessages,
  ...documentsMessages,
  ...appealsMessages,
  ...serverMessages,
} satisfies Record<string, Record<Lang, string>>;
