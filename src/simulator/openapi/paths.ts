import type { Schema } from './builders.js';
import { conversationPaths } from './conversationPaths.js';
import { participantPaths } from './participantPaths.js';
import { settingPaths } from './settingPaths.js';

/** Every Bird route the simulator serves, by path and lower-case method. */
export const paths: Record<string, Record<string, Schema>> = {
  ...conversationPaths,
  ...participantPaths,
  ...settingPaths,
};
