// Creates an API token for a user (only its hash is stored). Params: $token {id, name, tokenHash, userId}, $now.
// Returns token (without the hash).
MATCH (u:User {id: $token.userId})
CREATE (t:ApiToken)
SET t = $token, t.createdAt = datetime($now)
RETURN t { .id, .name, .userId, .createdAt } AS token, u.username AS username
