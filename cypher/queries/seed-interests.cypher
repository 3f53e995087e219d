// Upserts actor interests in themes. Params: $rows [{actor, theme, position, priority, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag),
// validFrom, validTo (ISO dates), historyPositions, historyFrom (ISO dates), historySources, historyConfidences (parallel
// lists, oldest first; each optional: absent keeps the link's value)}].
// A row without a history that changes the position of an interest which has one (an import's interests sheet) adds
// the new position to it, never writing over it: dated by its record, or a day after the last entry if that is not
// later, with the row's source and confidence.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (t:Theme {id: row.theme})
MERGE (a)-[r:INTERESTED_IN]->(t)
WITH r, row,
     row.historyPositions IS NULL AND r.historyPositions IS NOT NULL AND last(r.historyPositions) <> row.position AS shifted
WITH r, row, shifted,
     CASE WHEN shifted THEN
       CASE WHEN date(row.recordedAt) > last(r.historyFrom) THEN date(row.recordedAt)
            ELSE last(r.historyFrom) + duration('P1D') END
     END AS shiftedOn
SET r.position = row.position, r.priority = row.priority, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive),
    r.validFrom = coalesce(date(row.validFrom), r.validFrom), r.validTo = coalesce(date(row.validTo), r.validTo),
    r.historyPositions = CASE WHEN shifted THEN r.historyPositions + row.position
                              ELSE coalesce(row.historyPositions, r.historyPositions) END,
    r.historyFrom = CASE WHEN shifted THEN r.historyFrom + shiftedOn
                         ELSE coalesce([d IN row.historyFrom | date(d)], r.historyFrom) END,
    r.historySources = CASE WHEN shifted THEN r.historySources + row.source
                            ELSE coalesce(row.historySources, r.historySources) END,
    r.historyConfidences = CASE WHEN shifted THEN r.historyConfidences + row.confidence
                                ELSE coalesce(row.historyConfidences, r.historyConfidences) END
RETURN count(r) AS written
