// The direct neighbours (collaborators and groups) of candidate partners, to place them two or three
// steps from the asking actor (see suggest-partners). Hidden candidates, neighbours and links are left out.
// Params: $ids, $canSeeSensitive, $confidences (accepted confidence levels of the links), $asOf (a DATE: links and
// nodes valid that day).
// Returns rows: id, neighbours ["actor:<id>" | "group:<id>"].
UNWIND $ids AS candidateId
MATCH (b:Actor {id: candidateId})
WHERE $canSeeSensitive OR NOT b.sensitive
RETURN b.id AS id, COLLECT {
  MATCH (b)-[r:COLLABORATES_WITH|MEMBER_OF]-(x)
  WHERE (x:Actor OR x:Group) AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT coalesce(x.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)
  RETURN DISTINCT CASE WHEN x:Group THEN 'group:' ELSE 'actor:' END + x.id
} AS neighbours
