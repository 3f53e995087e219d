// The origins allowed to frame embedded views (none until an administrator lists some). Returns origins.
OPTIONAL MATCH (s:Setting {key: 'embedOrigins'})
RETURN coalesce(s.values, []) AS origins
