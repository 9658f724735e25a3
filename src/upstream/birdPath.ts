/**
 * Bird paths below `/workspaces/{id}`, built from a template: every id is checked and encoded, and
 * the template is kept for logs (`/conversations/{id}/messages/{id}`). An id that cannot be a Bird
 * id is not sent: `..` would otherwise become `DELETE /workspaces/{ws}/conversations/..`, which a
 * proxy that normalises paths turns into a request on another resource.
 */
import type { ParticipantRef } from './participantRef.js';

/** A path to send, or the reason it must not be sent. */
export interface BirdPath {
  /** Encoded path below the workspace, e.g. `/conversations/3f6c.../messages`. */
  readonly path: string;
  /** The path with its ids replaced by placeholders, for logs. */
  readonly route: string;
  /** Set when an id is unusable: the call fails with `invalid-id` and nothing is sent. */
  readonly invalid?: string;
}

/**
 * Bird's ids are UUIDs; letters, digits, `-` and `_` (up to 128) leave room for other id formats
 * without letting through anything a URL or a proxy would interpret.
 */
const BIRD_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** Longest part of a rejected id quoted back in the error. */
const QUOTED = 40;

function quote(value: string): string {
  return JSON.stringify(value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);
}

/** Why an id cannot be sent, or null when it can. */
export function idProblem(id: string): string | null {
  if (BIRD_ID.test(id)) return null;
  if (id === '') return 'an id must not be empty';
  return `${quote(id)} is not a Bird id (ids are letters, digits, "-" and "_", up to 128)`;
}

/**
 * Why a free-form segment (a contact's identifier key or value, such as an e-mail address or a
 * phone number) cannot be sent, or null. Encoding handles every character but `.` and `..`, which
 * encodeURIComponent leaves as they are.
 */
export function segmentProblem(segment: string): string | null {
  if (segment === '') return 'an identifier must not be empty';
  if (segment === '.' || segment === '..') return `${quote(segment)} is not a valid identifier`;
  return null;
}

type Part = string | ParticipantRef;

function encodePart(part: Part): { path: string; route: string; invalid: string | null } {
  const seg = encodeURIComponent;
  if (typeof part === 'string') {
    return { path: seg(part), route: '{id}', invalid: idProblem(part) };
  }
  if ('id' in part) return { path: seg(part.id), route: '{id}', invalid: idProblem(part.id) };
  return {
    path: `${seg(part.identifierKey)}/${seg(part.identifierValue)}`,
    route: '{identifierKey}/{identifierValue}',
    invalid: segmentProblem(part.identifierKey) ?? segmentProblem(part.identifierValue),
  };
}

/**
 * Tag for Bird paths: ``birdPath`/conversations/${id}/messages` `` checks and encodes `id`. A
 * participant reference becomes `{id}` or `{identifierKey}/{identifierValue}`.
 */
export function birdPath(strings: TemplateStringsArray, ...parts: Part[]): BirdPath {
  let path = strings[0] ?? '';
  let route = path;
  let invalid: string | null = null;
  for (const [i, value] of parts.entries()) {
    const part = encodePart(value);
    invalid ??= part.invalid;
    const rest = strings[i + 1] ?? '';
    path += part.path + rest;
    route += part.route + rest;
  }
  return invalid === null ? { path, route } : { path: route, route, invalid };
}
