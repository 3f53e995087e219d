// Opens a session after a successful login and resets the failure count.
// Params: $userId, $tokenHash, $expiresAt, $now. Returns user.
MATCH (u:User {id: $userId})
SET u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = datetime($now)
CREATE (s:Session {tokenHash: $tokenHash, userId: u.id, createdAt: datetime($now), expiresAt: datetime($expiresAt)})
RETURN u { .id, .username, .role } AS user
