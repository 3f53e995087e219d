// Upserts the programme's phases (issue 17) as the seed gives them; loading them twice changes nothing.
// Params: $rows [{id, name, start (ISO date), end (ISO date or null while the phase runs), description}] (as phase-save
// stores them).
// Returns the count written.
UNWIND $rows AS row
MERGE (p:Phase {id: row.id})
SET p.name = row.name, p.start = date(row.start), p.end = date(row.end), p.description = row.description
RETURN count(p) AS written
