/**
 * The other process in the store tests (run with `node --import tsx`):
 * - `write <options> <prefix>`: writes applications in a loop (a submission takes an inbound
 *   number), printing "<id> <version>" after each commit;
 * - `fire <databaseUrl> <name> <now>`: fires due timers until none is left, printing "fired <n>";
 * - `hold <options>`: opens the store, prints "ready" and waits to be killed.
 * <options> is the JSON of openStore's options.
 */
import { openStore } from '../../src/store/index.ts';
import { event, summary } from './fixture.ts';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'write') {
  const store = await openStore(JSON.parse(args[0] ?? '{}'));
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) {
    const id = `${args[1]}-${n}`;
    await store.transaction(async (tx) => {
      await tx.saveApplication(summary(id), 0, { n }, [event('created', { n }), event('filled', { n })]);
      await tx.recordCommand(`${id}:create`, id, { version: 2 });
    });
    process.stdout.write(`${id} 2\n`);
    await store.transaction(async (tx) => {
      // The submission takes an inbound number as the engine does (the inbound_numbers
      // sequence): the crash test counts numbers given twice after the kill.
      const inboundNumber = await tx.nextInboundNumber();
      await tx.saveApplication(summary(id, 'submitted'), 2, { n, submitted: true, inboundNumber }, [
        event('submitted'),
      ]);
      await tx.recordCommand(`${id}:submit`, id, { version: 3 });
    });
    process.stdout.write(`${id} 3\n`);
  }
} else if (mode === 'fire') {
  const [databaseUrl, name, now] = args;
  const store = await openStore({ databaseUrl });
  let fired = 0;
  for (let n = -1; n !== 0; fired += n)
    n = await store.fireDueTimers(new Date(now ?? ''), async (timer, tx) => {
      // Written in the timer's own transaction: a second firing would make this 2.
      await tx.nextNumber(`fired:${timer.id}`);
      await tx.nextNumber(`fired-by:${name}`);
      await new Promise((r) => setTimeout(r, 1));
    });
  await store.close();
  process.stdout.write(`fired ${fired}\n`);
} else if (mode === 'hold') {
  await openStore(JSON.parse(args[0] ?? '{}'));
  process.stdout.write('ready\n');
  setInterval(() => undefined, 60_000);
} else {
  throw new Error(`unknown mode ${mode}`);
}
