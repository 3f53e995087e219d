// Which of the given country codes and theme ids exist. Params: $countries, $themes. Returns: countries, themes.
RETURN COLLECT { MATCH (c:Country) WHERE c.id IN $countries RETURN c.id } AS countries,
       COLLECT { MATCH (t:Theme) WHERE t.id IN $themes RETURN t.id } AS themes
