// Which of the given country codes exist. Params: $codes. Returns: found [code].
MATCH (c:Country) WHERE c.id IN $codes
RETURN collect(c.id) AS found
