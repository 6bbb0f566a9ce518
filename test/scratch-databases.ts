/**
 * Run before every test file (vitest.config.ts setupFiles): after the file, drops the scratch
 * databases it created and did not drop itself — those of a beforeAll that threw or timed out
 * between CREATE DATABASE and handing the test its close(). Registered before the file's own
 * hooks, so it runs after them (vitest runs afterAll hooks in reverse): a file that closes its
 * server drops the database gracefully first, and this finds nothing left.
 */
import { afterAll } from 'vitest';
import { dropScratchDatabases } from '../src/store/scratch-database.ts';

afterAll(() => dropScratchDatabases());
