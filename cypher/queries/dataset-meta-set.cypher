// Records which dataset is loaded (shown as "illustrative data" by the client). Params: $label, $kind, $now.
MERGE (m:DatasetMeta {key: 'dataset'})
SET m.label = $label, m.kind = $kind, m.loadedAt = datetime($now)
RETURN m.label AS label
