// Takes the write lock on a capture and reads it, so two reviews of one capture cannot both pass its status check.
// Params: $id. Returns capture (no row: no such capture).
MATCH (c:Capture {id: $id})
SET c.status = c.status
RETURN c {.*, capturedAt: toString(c.capturedAt), recordedAt: toString(c.recordedAt),
          reviewedAt: toString(c.reviewedAt)} AS capture
