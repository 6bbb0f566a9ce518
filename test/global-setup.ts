import { ensureWebBuilt } from './web/build.ts';

export default async function setup(): Promise<void> {
  // A build failure must not stop the other suites: the e2e tests then fail on their own,
  // with the server's "web pages not built" problem, and the build error is printed here.
  await ensureWebBuilt().catch((error: unknown) => console.error('web build failed:', error));
}
