// What a new or changed activity refers to, checked before it is written: whether its country exists, which of its
// themes exist, and another activity with the same title on the same first day in the same country (a duplicate).
// Params: $id, $name, $date (YYYY-MM-DD), $country (null: an older activity held nowhere, left so), $themes [id].
// Returns one row: countryFound, themes [id found], duplicateOf (the other activity's id, or null).
RETURN $country IS NULL OR EXISTS { (:Country {id: $country}) } AS countryFound,
       COLLECT { UNWIND $themes AS themeId MATCH (t:Theme {id: themeId}) RETURN t.id } AS themes,
       COLLECT {
         MATCH (x:Activity)-[:HELD_IN]->(:Country {id: $country})
         WHERE x.date = date($date) AND x.name = $name AND x.id <> $id
         RETURN x.id ORDER BY x.id LIMIT 1
       }[0] AS duplicateOf
