/**
 * The Lua scripts of the shared rate window (see sharedShaper.ts). Each runs atomically in Redis,
 * timed by Redis' own clock.
 */

/**
 * KEYS[1]: the ring (a list of booked send times, ms, oldest first, at most `limit`);
 * KEYS[2]: the penalty (until when, ms). ARGV: limit, span ms, margin ms, max wait ms.
 * Books one call. Answers {1, wait ms} or {0, ms until it would fit}.
 */
export const BOOK_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local span = tonumber(ARGV[2])
local margin = tonumber(ARGV[3])
local maxWait = tonumber(ARGV[4])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
local ring = redis.call('LRANGE', KEYS[1], 0, -1)
local n = #ring
local at = math.max(now, blocked)
if n >= limit then at = math.max(at, tonumber(ring[n - limit + 1]) + span + margin) end
if at - now > maxWait then return {0, at - now} end
redis.call('RPUSH', KEYS[1], at)
if n + 1 > limit then redis.call('LTRIM', KEYS[1], -limit, -1) end
redis.call('PEXPIRE', KEYS[1], at - now + span + margin + 1000)
return {1, at - now}
`;

/**
 * Admission as a unit across instances. KEYS[1]: the ring; KEYS[2]: the penalty; KEYS[3]: the
 * holds (a sorted set: hold id -> expiry ms); KEYS[4]: their sizes (a hash: hold id -> places).
 * ARGV: limit, span ms, margin ms, max wait ms, calls, hold id, hold life ms.
 * Admits `calls` when they, after every instance's unexpired holds, all fit within the max wait,
 * and then holds them under the hold id. Answers {1, 0} or {0, ms until they would fit}.
 */
export const ADMIT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local span = tonumber(ARGV[2])
local margin = tonumber(ARGV[3])
local maxWait = tonumber(ARGV[4])
local calls = tonumber(ARGV[5])
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
if #expired > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
  redis.call('HDEL', KEYS[4], unpack(expired))
end
local k = calls
for _, held in ipairs(redis.call('HVALS', KEYS[4])) do k = k + math.max(0, tonumber(held)) end
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
local ring = redis.call('LRANGE', KEYS[1], 0, -1)
local n = #ring
local at = math.max(now, blocked)
for i = 1, math.min(k, limit) do
  local idx = n - limit + i
  if idx >= 1 and idx <= n then at = math.max(at, tonumber(ring[idx]) + span + margin) end
end
if k > limit then
  at = math.max(at, now + math.floor((k - 1) / limit) * (span + margin))
end
if at - now > maxWait then return {0, at - now - maxWait} end
local life = tonumber(ARGV[7])
redis.call('ZADD', KEYS[3], now + life, ARGV[6])
redis.call('HSET', KEYS[4], ARGV[6], calls)
redis.call('PEXPIRE', KEYS[3], life)
redis.call('PEXPIRE', KEYS[4], life)
return {1, 0}
`;

/** KEYS[1]: the holds; KEYS[2]: their sizes. ARGV[1]: a hold id. Uses one of its places. */
export const TAKE_SCRIPT = `
local left = redis.call('HINCRBY', KEYS[2], ARGV[1], -1)
if left <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[1], ARGV[1])
end
return left
`;

/** KEYS[1]: the holds; KEYS[2]: their sizes. ARGV[1]: a hold id. Gives its places back. */
export const RELEASE_SCRIPT = `
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[1], ARGV[1])
return 1
`;

/** KEYS[1]: the penalty; ARGV[1]: its length, ms. Only ever extends a running penalty. */
export const PENALIZE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current then
  redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]))
end
return 1
`;
