/**
 * The example client operations of `operations/*.graphql`, as the playground offers them: one file,
 * one named operation, shown with its leading comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { projectPath } from '../projectRoot.js';

/** One example operation. */
export interface ExampleOperation {
  /** The operation's name, which is also its file name: `Inbox` for `Inbox.graphql`. */
  readonly name: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  /** The file's text, comments included. */
  readonly source: string;
}

/**
 * The example operations, in the order the playground offers them: the way a client developer
 * meets them. Every one has a file `operations/<name>.graphql`; tests check the files against it.
 */
export const EXAMPLE_OPERATIONS: readonly string[] = [
  'Inbox',
  'ConversationThread',
  'ConversationParticipants',
  'SendReply',
  'CreateConversation',
  'UpdateConversationStatus',
  'AddParticipant',
];

/** The project's `operations/` folder, or null when it is not there (a trimmed deployment). */
export function findOperationsDir(): string | null {
  const candidate = projectPath('operations');
  return existsSync(candidate) ? candidate : null;
}

/**
 * Reads every `*.graphql` file of a folder as an example operation, in the order of `EXAMPLE_OPERATIONS` and then
 * by name.
 * @throws Error when a file does not hold exactly one named operation named after the file.
 */
export function loadExampleOperations(dir: string): ExampleOperation[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  const operations = files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const definitions = parse(source).definitions;
    const operation = definitions[0];
    const expected = file.slice(0, -'.graphql'.length);
    if (
      definitions.length !== 1 ||
      operation?.kind !== Kind.OPERATION_DEFINITION ||
      operation.name?.value !== expected
    ) {
      throw new Error(`${file} must hold exactly one operation, named ${expected}`);
    }
    return { name: expected, kind: operation.operation, source };
  });
  const rank = (name: string) => {
    const index = EXAMPLE_OPERATIONS.indexOf(name);
    return index < 0 ? EXAMPLE_OPERATIONS.length : index;
  };
  return operations.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
