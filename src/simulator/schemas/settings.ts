import { z } from 'zod';
import { RULE_CATEGORIES, RULE_TYPES } from '../types.js';

/** PATCH /channels/{channelId}/conversational. */
export const channelConfigurationSchema = z.object({ status: z.enum(['active', 'inactive']) });

/** PATCH /conversations-antispam-settings. */
export const antispamSchema = z.object({ enabled: z.boolean() });

const value = z.string().trim().min(1).max(255);

/** POST /conversation-allowblock-rules: all fields required. */
export const createRuleSchema = z.object({
  category: z.enum(RULE_CATEGORIES),
  value,
  type: z.enum(RULE_TYPES),
});

/** PATCH /conversation-allowblock-rules/{id}: each field nullable; null keeps the value. */
export const updateRuleSchema = z.object({
  category: z.enum(RULE_CATEGORIES).nullish(),
  value: value.nullish(),
  type: z.enum(RULE_TYPES).nullish(),
});
