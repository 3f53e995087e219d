// Alliance health of networks and coalitions (server/src/domain/metrics/health.ts), over what the caller may see
// and what holds on $asOf: members (visible, valid that day, their membership at $confidences), the collaborations
// among them (at $confidences, valid that day; each pair once) and how many cross sectors or borders (base
// countries), the members who took part in an activity held in the 12 months up to $asOf, and the members'
// positions on the group's own themes (FOCUSES_ON; UNKNOWN positions left out).
// Params: $ids (group ids, or null for every group), $canSeeSensitive, $confidences, $asOf (an ISO date).
// Returns one row per group: id, name, kind, memberCount, ties, crossSectorTies, crossBorderTies, activeMembers,
// positions [[theme id, theme name, position]] (one per member and theme).
MATCH (g:Group)
WHERE $ids IS NULL OR g.id IN $ids
WITH g, COLLECT {
  MATCH (a:Actor)-[m:MEMBER_OF]->(g)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(m.sensitive, false)))
    AND m.confidence IN $confidences
    AND (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
    AND (m.validFrom IS NULL OR m.validFrom <= date($asOf)) AND (m.validTo IS NULL OR m.validTo >= date($asOf))
  RETURN DISTINCT a
} AS members
WITH g, members, [a IN members | a.id] AS memberIds
CALL (members, memberIds) {
  UNWIND members AS a
  MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE a.id < b.id AND b.id IN memberIds AND r.confidence IN $confidences
    AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
    AND (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
  WITH a, b,
    COLLECT { MATCH (a)-[x:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(x.sensitive, false) RETURN c.id LIMIT 1 }[0] AS ca,
    COLLECT { MATCH (b)-[x:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(x.sensitive, false) RETURN c.id LIMIT 1 }[0] AS cb
  RETURN count(*) AS ties,
    sum(CASE WHEN a.sector <> b.sector THEN 1 ELSE 0 END) AS crossSectorTies,
    sum(CASE WHEN ca <> cb THEN 1 ELSE 0 END) AS crossBorderTies
}
RETURN g.id AS id, g.name AS name, CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind,
  size(members) AS memberCount, ties, crossSectorTies, crossBorderTies,
  size([a IN members WHERE EXISTS {
    MATCH (a)-[p:PARTICIPATED_IN]->(x:Activity)
    WHERE x.date > date($asOf) - duration({months: 12}) AND x.date <= date($asOf)
      AND coalesce(x.status, 'HELD') <> 'CANCELLED'
      AND p.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(p.sensitive, false))
  }]) AS activeMembers,
  COLLECT {
    MATCH (g)-[:FOCUSES_ON]->(t:Theme)
    UNWIND members AS a
    MATCH (a)-[i:INTERESTED_IN]->(t)
    WHERE i.position IN ['SUPPORTS', 'OPPOSES', 'MIXED'] AND i.confidence IN $confidences
      AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
      AND (i.validFrom IS NULL OR i.validFrom <= date($asOf)) AND (i.validTo IS NULL OR i.validTo >= date($asOf))
    RETURN [t.id, t.name, i.position]
  } AS positions
ORDER BY g.name
