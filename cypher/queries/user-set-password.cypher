// The account's owner changed its password: the new hash, no change pending any more, the name's failed attempts
// forgotten, and every other session of the account ended (the one that made the change stays).
// Params: $id, $key (SHA-256 of the username), $passwordHash, $keepTokenHash (null: end them all).
// Returns user (no row when absent).
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.mustChangePassword = false
WITH u
CALL (u) { OPTIONAL MATCH (s:Session {userId: u.id}) WHERE s.tokenHash <> coalesce($keepTokenHash, '') DELETE s }
CALL () { OPTIONAL MATCH (t:SignInThrottle {key: $key}) DELETE t }
RETURN u { .id, .username, .role, mustChangePassword: false } AS user
