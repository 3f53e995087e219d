// Records one entry captured in a workshop as a pending Capture: it changes nothing on the map until accepted.
// Params: $capture {id, sessionId, kind, payload (the entry as JSON), base (what was recorded at capture, as JSON),
// actorId, partnerId, groupId, themeId, nameKey, basedIn, sensitive, source, recordedAt, confidence, capturedBy,
// capturedById}, $now. Returns the capture.
CREATE (c:Capture)
SET c = $capture, c.status = 'PENDING', c.capturedAt = datetime($now), c.recordedAt = date($capture.recordedAt)
RETURN c {.*, capturedAt: toString(c.capturedAt), recordedAt: toString(c.recordedAt)} AS capture
