// Opens a session after a successful sign-in and forgets the name's failed attempts.
// Params: $userId, $key (SHA-256 of the username), $tokenHash, $expiresAt, $now. Returns user.
MATCH (u:User {id: $userId})
SET u.lastLoginAt = datetime($now)
CREATE (s:Session {tokenHash: $tokenHash, userId: u.id, createdAt: datetime($now), expiresAt: datetime($expiresAt)})
WITH u
CALL (u) { OPTIONAL MATCH (t:SignInThrottle {key: $key}) DELETE t }
RETURN u { .id, .username, .role, mustChangePassword: coalesce(u.mustChangePassword, false) } AS user
