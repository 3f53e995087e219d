// Sets the origins allowed to frame embedded views. Params: $origins (checked, normalised). Returns origins.
MERGE (s:Setting {key: 'embedOrigins'})
SET s.values = $origins
RETURN s.values AS origins
