import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { routingTable } from '../../src/bot/routes';
import { APP_PACKAGE_DIR, renderManifest } from '../../src/tools/build-app-package';

interface Manifest {
  bots: { commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: { commands: { id: string; type: string; fetchTask?: boolean }[] }[];
}

describe('Teams app package commands', () => {
  const manifest = JSON.parse(
    renderManifest(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'), {
      APP_ID: '00000000-0000-4000-8000-000000000001',
      PUBLIC_HOSTNAME: 'lro-assist.example.test',
      VERSION: '1.0.0',
    }),
  ) as Manifest;
  const routes = routingTable();
  const catchAll = routes.text.at(-1)!;

  const botCommands = [...new Set(manifest.bots.flatMap((b) => b.commandLists.flatMap((l) => l.commands.map((c) => c.title))))];
  for (const title of botCommands) {
    it(`routes the bot command "${title}" to its own handler, not the catch-all`, () => {
      const route = routes.text.find((r) => r.pattern.test(title));
      assert.ok(route, `no route for "${title}"`);
      assert.notEqual(route, catchAll);
    });
  }

  const extensionCommands = manifest.composeExtensions.flatMap((e) => e.commands);
  for (const command of extensionCommands) {
    it(`handles the messaging-extension command "${command.id}"`, () => {
      if (command.type === 'query') assert.ok(routes.extensions.query[command.id]);
      else {
        assert.ok(command.fetchTask);
        assert.ok(routes.extensions.fetchTask[command.id], 'fetchTask');
        assert.ok(routes.extensions.submitAction[command.id], 'submitAction');
      }
    });
  }
});
