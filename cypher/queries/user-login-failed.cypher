// Counts a failed login; from the $maxFailures-th in a row the account is locked until $lockUntil.
// Params: $id, $maxFailures, $lockUntil. Returns failedLogins.
MATCH (u:User {id: $id})
SET u.failedLogins = coalesce(u.failedLogins, 0) + 1
SET u.lockedUntil = CASE WHEN u.failedLogins >= $maxFailures THEN datetime($lockUntil) ELSE u.lockedUntil END
RETURN u.failedLogins AS failedLogins
