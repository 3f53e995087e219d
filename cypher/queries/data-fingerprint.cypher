// The version of the shared data, for the response cache (server/src/http/responseCache.ts) to notice writes made
// by other processes: counts of the data's labels and links from Neo4j's count store (no scan) and the dataset's
// load time. Every change made through Reform Atlas adds a Change node (the audit trail), so the Change count moves
// with each write; seeding moves the load time; a restore moves the counts. Accounts, sessions and sign-in counts
// are left out: no cached answer depends on them, and a sign-in must not empty the cache for everyone.
// Params: none. Returns one row: fingerprint, a list of numbers and strings.
RETURN [COUNT { (:Actor) }, COUNT { (:Group) }, COUNT { (:Theme) }, COUNT { (:Activity) }, COUNT { (:Country) },
        COUNT { ()-->() }, COUNT { (:Change) },
        COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
