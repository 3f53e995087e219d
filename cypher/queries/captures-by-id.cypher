// Captured entries by id, without a lock (a review reads one first to know which actor its change is recorded on).
// Params: $ids. Returns capture (its properties, dates as strings), one row per capture found.
UNWIND $ids AS id
MATCH (c:Capture {id: id})
RETURN c {.*, capturedAt: toString(c.capturedAt), recordedAt: toString(c.recordedAt),
          reviewedAt: toString(c.reviewedAt)} AS capture
