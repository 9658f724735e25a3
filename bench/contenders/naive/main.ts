/**
 * Contender 2, its own process: Apollo Server (standalone) with the naive data source. Reads
 * PORT, BIRD_API_URL, BIRD_WORKSPACE_ID and BIRD_ACCESS_KEY.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { BirdAPI, type BirdSettings } from './birdApi.js';
import { resolvers, type NaiveContext } from './resolvers.js';
import { typeDefs } from './schema.js';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

const settings: BirdSettings = {
  url: required('BIRD_API_URL'),
  workspaceId: required('BIRD_WORKSPACE_ID'),
  accessKey: required('BIRD_ACCESS_KEY'),
};
const server = new ApolloServer<NaiveContext>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(required('PORT')), host: '127.0.0.1' },
  context: () => Promise.resolve({ bird: new BirdAPI(settings, { cache: server.cache }) }),
});
process.stdout.write(`naive server ready at ${url}\n`);
const stop = () => {
  void server.stop().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
