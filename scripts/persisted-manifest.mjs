#!/usr/bin/env node
/* global process, URL */
/**
 * Generates the persisted-query manifest (operations/manifest.json) from operations/*.graphql, in
 * Apollo's format: { format: "apollo-persisted-query-manifest", version: 1,
 * operations: [{ id, name, type, body }] } with id = SHA-256 (hex) of body. Each operation's body
 * is the printed operation followed by the fragments it uses, so ids do not change with comments or
 * formatting of the source files.
 *
 *   npm run persisted:manifest            write the manifest
 *   npm run persisted:manifest -- --check exit 1 when the committed manifest is stale
 * Options: --operations <dir> (default operations/), --out <file> (default operations/manifest.json).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit } from 'graphql';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
}

/** Builds the manifest of every operation in the .graphql files of a directory. */
export function buildManifest(directory) {
  const files = readdirSync(directory)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  const operations = [];
  const fragments = new Map();
  for (const file of files) {
    const document = parse(readFileSync(join(directory, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      } else if (definition.kind === Kind.OPERATION_DEFINITION) {
        if (!definition.name) throw new Error(`${file}: every operation needs a name`);
        operations.push(definition);
      }
    }
  }
  const used = (node, found = new Map()) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`fragment ${name} is not defined in ${directory}`);
        if (!found.has(name)) {
          found.set(name, fragment);
          used(fragment, found);
        }
      },
    });
    return found;
  };
  const entries = operations.map((operation) => {
    const definitions = [
      operation,
      ...[...used(operation).values()].sort((a, b) => a.name.value.localeCompare(b.name.value)),
    ];
    const body = print({ kind: Kind.DOCUMENT, definitions });
    return {
      id: createHash('sha256').update(body).digest('hex'),
      name: operation.name.value,
      type: operation.operation,
      body,
    };
  });
  const names = new Set();
  for (const { name } of entries) {
    if (names.has(name)) throw new Error(`two operations are named ${name}`);
    names.add(name);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations: entries };
}

function main() {
  const directory = option('--operations', join(root, 'operations'));
  const out = option('--out', join(directory, 'manifest.json'));
  const text = `${JSON.stringify(buildManifest(directory), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write(`${out} is stale: run npm run persisted:manifest and commit it.\n`);
      process.exit(1);
    }
    process.stdout.write(`${out} is up to date.\n`);
    return;
  }
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
