// Revokes an API token. Params: $id, $now. Returns token (no row when absent).
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime($now))
RETURN t { .id, .name, .userId, .createdAt, .revokedAt } AS token
