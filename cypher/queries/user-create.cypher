// Creates an account. Params: $user {id, username, passwordHash, role, mustChangePassword}, $now. Fails on a taken
// username (CONFLICT). Returns user (without the hash).
CREATE (u:User)
SET u = $user, u.createdAt = datetime($now)
RETURN u { .id, .username, .role, .createdAt, .lastLoginAt, .disabled, .mustChangePassword } AS user
