// Marks a pending capture accepted or rejected; the node stays, as the record of the review.
// Params: $id, $status (ACCEPTED or REJECTED), $reviewedBy, $reviewedById, $note, $appliedTo (actor id or null), $now.
// Returns the capture.
MATCH (c:Capture {id: $id})
SET c.status = $status, c.reviewedBy = $reviewedBy, c.reviewedById = $reviewedById, c.note = $note,
    c.reviewedAt = datetime($now), c.appliedTo = $appliedTo
RETURN c {.*, capturedAt: toString(c.capturedAt), recordedAt: toString(c.recordedAt),
          reviewedAt: toString(c.reviewedAt)} AS capture
