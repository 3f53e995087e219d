// Creates an account. Params: $user {id, username, passwordHash, role}, $now. Fails on a taken username (CONFLICT).
// Returns user.
CREATE (u:User)
SET u = $user, u.createdAt = datetime($now), u.failedLogins = 0
RETURN u AS user
