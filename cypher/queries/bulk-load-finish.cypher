// After a bulk import (server/src/domain/bulkLoad.ts), before the schema is applied: neo4j-admin import stores no
// empty lists, so actors without other names get the empty altNames that seed-actors-new.cypher gives them. Run apart
// from the index population: before or after the schema made no measurable difference at 100k (2.9–8.9 s in nine
// tries before, 2.2–6.4 s in four after, on a shared machine); during the population it took 8.8 s in the one try.
// Params: none. Returns updated.
MATCH (a:Actor) WHERE a.altNames IS NULL
SET a.altNames = []
RETURN count(a) AS updated
