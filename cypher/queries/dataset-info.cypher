// What is loaded: the dataset label (null when none) and node counts, actors counted over what the caller may
// see. Params: $canSeeSensitive. Returns label, kind, loadedAt, actors, groups, themes.
OPTIONAL MATCH (m:DatasetMeta {key: 'dataset'})
RETURN m.label AS label, m.kind AS kind, m.loadedAt AS loadedAt,
       CASE WHEN $canSeeSensitive THEN COUNT { (:Actor) } ELSE COUNT { (a:Actor) WHERE NOT a.sensitive } END AS actors,
       COUNT { (:Group) } AS groups, COUNT { (:Theme) } AS themes
