// Who holds a session or API token (by the SHA-256 of the secret). Params: $tokenHash, $now.
// Returns user {id, username, role, mustChangePassword} (no row when unknown, expired, revoked or the account is disabled).
CALL () {
  MATCH (s:Session {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime($now)
  MATCH (u:User {id: s.userId})
  RETURN u
  UNION
  MATCH (t:ApiToken {tokenHash: $tokenHash}) WHERE t.revokedAt IS NULL
  MATCH (u:User {id: t.userId})
  RETURN u
}
WITH u WHERE NOT coalesce(u.disabled, false)
RETURN u { .id, .username, .role, mustChangePassword: coalesce(u.mustChangePassword, false) } AS user
LIMIT 1
