// API tokens (never their secrets), newest first. No params. Returns rows: token, username.
MATCH (t:ApiToken)
OPTIONAL MATCH (u:User {id: t.userId})
RETURN t { .id, .name, .userId, .createdAt, .revokedAt } AS token, u.username AS username
ORDER BY t.createdAt DESC
