// An administrator gave the account a new one-time password: the new hash, a change required at the next sign-in,
// every session of the account ended, and the name unlocked.
// Params: $id, $passwordHash. Returns user (no row when absent).
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.mustChangePassword = true
WITH u
CALL (u) { OPTIONAL MATCH (s:Session {userId: u.id}) DELETE s }
RETURN u { .id, .username, .role, .createdAt, .lastLoginAt, .disabled, .mustChangePassword } AS user
