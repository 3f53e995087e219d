// Ends a session (logout) and clears expired ones. Params: $tokenHash, $now. Returns deleted.
OPTIONAL MATCH (s:Session) WHERE s.tokenHash = $tokenHash OR s.expiresAt <= datetime($now)
DELETE s
RETURN count(s) AS deleted
