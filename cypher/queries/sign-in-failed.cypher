// Counts a failed sign-in (or a wrong current password) against a submitted username, known or not, so that
// lockout looks the same for every name. From the $maxFailures-th failure in a row the name is locked until
// $lockUntil; failures while it is locked do not extend the lock. Counts untouched for $staleBefore are forgotten
// (a few at a time), so guessed names do not pile up.
// Params: $key (SHA-256 of the name), $now, $maxFailures, $lockUntil, $staleBefore. Returns failures.
MERGE (t:SignInThrottle {key: $key})
WITH t, coalesce(t.lockedUntil > datetime($now), false) AS locked
SET t.failures = coalesce(t.failures, 0) + 1, t.lastFailureAt = datetime($now)
SET t.lockedUntil = CASE WHEN NOT locked AND t.failures >= $maxFailures THEN datetime($lockUntil) ELSE t.lockedUntil END
WITH t
CALL (t) {
  MATCH (old:SignInThrottle) WHERE old.lastFailureAt < datetime($staleBefore) AND old <> t
  WITH old LIMIT 20
  DELETE old
}
RETURN t.failures AS failures
