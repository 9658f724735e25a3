/**
 * What a contender is to the harness: something that can perform the benchmark's screens against
 * the shared simulator, checked against the REST truth before it is timed.
 */
import type { VirtualUser } from '../driver.js';
import type { HttpCall } from '../http.js';

export type ScenarioName = 'inbox' | 'thread' | 'lookup' | 'reply';

/** Data every contender's screens use, discovered from the simulator at start-up. */
export interface Fixtures {
  readonly simulatorUrl: string;
  readonly workspaceId: string;
  readonly accessKey: string;
  /** The access key's participant id: replies are sent as it. */
  readonly accessKeyId: string;
  /** The conversation the single lookup reads. */
  readonly lookupId: string;
  /** A conversation with at least two pages of 50 messages. */
  readonly threadId: string;
  /** An active conversation replies go to. */
  readonly replyConversationId: string;
  readonly replyText: string;
}

/** What a screen showed, in order (conversation and message ids, the reply's text, ...). */
export type ScreenIds = readonly string[];

export type { VirtualUser };

/** A scenario's screen as a contender performs it, after one checked run. */
export interface PreparedScreen {
  /** What the checked run showed; the harness compares it with the REST truth. */
  readonly ids: ScreenIds;
  /** The exact requests of one screen, replayable by autocannon; null when a screen needs live answers. */
  readonly calls: readonly HttpCall[] | null;
  /** Origin the calls go to. */
  readonly origin: string | null;
  /** Checks a response body under load (GraphQL errors come with status 200). */
  readonly verifyBody: ((body: string) => boolean) | null;
  /** A new virtual user performing this screen. */
  readonly user: () => VirtualUser;
}

export interface RunningContender {
  /** Short key used in JSON, e.g. `gateway`. */
  readonly key: string;
  /** Display name, e.g. `this gateway`. */
  readonly label: string;
  /** The screen scenarios it takes part in; all when absent. */
  readonly scenarios?: readonly ScenarioName[];
  /** Process to read CPU and memory from; null when the contender runs inside the harness. */
  readonly pid: number | null;
  /** Runs the scenario's screen once and checks it; null when the contender cannot express it. */
  prepare(scenario: ScenarioName, fixtures: Fixtures): Promise<PreparedScreen | null>;
  stop(): Promise<void>;
}
