// After a bulk import (server/src/domain/bulkLoad.ts): neo4j-admin import stores no empty lists, so actors without other
// names get the empty altNames that seed-actors-new.cypher gives them. Params: none. Returns updated.
MATCH (a:Actor) WHERE a.altNames IS NULL
SET a.altNames = []
RETURN count(a) AS updated
