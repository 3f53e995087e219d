// The version of the data as a whole, for the response cache (server/src/http/responseCache.ts) to notice
// writes made by other processes: counts from Neo4j's count store (no scan) and the dataset's load time.
// Every change made through Reform Atlas adds a Change node (the audit trail), so the Change count moves
// with each write; seeding moves the load time; a restore moves the counts.
// Params: none. Returns one row: fingerprint, a list of numbers and strings.
RETURN [COUNT { () }, COUNT { ()-->() }, COUNT { (:Change) },
        COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
