// Captured entries of one status (and, when given, one session), newest first.
// Params: $status, $sessionId (or null), $limit. Returns capture (its properties, dates as strings).
MATCH (c:Capture)
WHERE c.status = $status AND ($sessionId IS NULL OR c.sessionId = $sessionId)
WITH c ORDER BY c.capturedAt DESC, c.id LIMIT $limit
RETURN c {.*, capturedAt: toString(c.capturedAt), recordedAt: toString(c.recordedAt),
          reviewedAt: toString(c.reviewedAt)} AS capture
