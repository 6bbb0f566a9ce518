/** Every `ruqsat` command, argument and option says what it is for (issue 13: help text on every command). */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.ts';

function walk(cmd: Command, path: string[] = []): { path: string; cmd: Command }[] {
  const here = [...path, cmd.name()];
  return [{ path: here.join(' '), cmd }, ...cmd.commands.flatMap((c) => walk(c, here))];
}

describe('ruqsat help', () => {
  const all = walk(buildProgram());

  it('walks the whole tree (at least the 12 command families and their subcommands)', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it('every command has a description, every argument and option too', () => {
    const missing: string[] = [];
    for (const { path, cmd } of all) {
      if (path !== 'ruqsat help' && cmd.description().trim() === '') missing.push(path);
      for (const a of cmd.registeredArguments)
        if (a.description.trim() === '') missing.push(`${path} <${a.name()}>`);
      for (const o of cmd.options) if (o.description.trim() === '') missing.push(`${path} ${o.flags}`);
    }
    expect(missing).toEqual([]);
  });

  it('every command prints its help with a usage line', () => {
    for (const { path, cmd } of all) {
      expect(cmd.helpInformation(), path).toMatch(/^Usage: /);
    }
  });
});
