// What is loaded: the dataset label (null when none) and node counts. No params.
OPTIONAL MATCH (m:DatasetMeta {key: 'dataset'})
RETURN m.label AS label, m.kind AS kind, m.loadedAt AS loadedAt,
       COUNT { (:Actor) } AS actors, COUNT { (:Group) } AS groups, COUNT { (:Theme) } AS themes
