// Replaces an account's password hash. Params: $id, $passwordHash. Returns user (no row when absent).
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.failedLogins = 0, u.lockedUntil = null
RETURN u { .id, .username, .role } AS user
