/**
 * Defensive readers for JSON that Bird sends in shapes the gateway only partly models (bodies,
 * actions, template parameters). A missing or mistyped field reads as null, never as a crash.
 */
import { isObject } from '../isObject.js';
import type { JsonObject } from './models.js';

/** `o[key]` when it is a string, else null. */
export function str(o: unknown, key: string): string | null {
  if (!isObject(o)) return null;
  const value = o[key];
  return typeof value === 'string' ? value : null;
}

/** `o[key]` when it is a finite number, else null. */
export function num(o: unknown, key: string): number | null {
  if (!isObject(o)) return null;
  const value = o[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `o[key]` when it is a boolean, else null. */
export function bool(o: unknown, key: string): boolean | null {
  if (!isObject(o)) return null;
  const value = o[key];
  return typeof value === 'boolean' ? value : null;
}

/** `o[key]` when it is an object, else null. */
export function obj(o: unknown, key: string): JsonObject | null {
  if (!isObject(o)) return null;
  const value = o[key];
  return isObject(value) ? value : null;
}

/** The objects in the array `o[key]`; empty when absent. */
export function objects(o: unknown, key: string): JsonObject[] {
  if (!isObject(o)) return [];
  const value = o[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}
