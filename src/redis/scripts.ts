/**
 * The Lua scripts of the shared rate window (see sharedShaper.ts). Each runs atomically in Redis,
 * timed by Redis' own clock.
 */

/**
 * KEYS[1]: the ring (a list of booked send times, ms, oldest first, at most `limit`);
 * KEYS[2]: the penalty (until when, ms). ARGV: limit, span ms, margin ms, max wait ms, calls.
 * calls = 1 books one call; calls = -k only checks that k calls would all fit (admission).
 * Answers {1, wait ms} or {0, ms until it would fit}.
 */
export const BOOK_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local span = tonumber(ARGV[2])
local margin = tonumber(ARGV[3])
local maxWait = tonumber(ARGV[4])
local calls = tonumber(ARGV[5])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
local ring = redis.call('LRANGE', KEYS[1], 0, -1)
local n = #ring
if calls < 0 then
  local k = -calls
  local at = math.max(now, blocked)
  for i = 1, k do
    local idx = n - limit + i
    if idx >= 1 and idx <= n then
      at = math.max(at, tonumber(ring[idx]) + span + margin)
    elseif idx > n then
      at = math.max(at, now + span + margin)
    end
  end
  if k > limit then
    at = math.max(at, now + math.floor((k - 1) / limit) * (span + margin))
  end
  if at - now > maxWait then return {0, at - now - maxWait} end
  return {1, 0}
end
local at = math.max(now, blocked)
if n >= limit then at = math.max(at, tonumber(ring[n - limit + 1]) + span + margin) end
if at - now > maxWait then return {0, at - now} end
redis.call('RPUSH', KEYS[1], at)
if n + 1 > limit then redis.call('LTRIM', KEYS[1], -limit, -1) end
redis.call('PEXPIRE', KEYS[1], at - now + span + margin + 1000)
return {1, at - now}
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
