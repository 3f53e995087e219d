// Every node for a backup, with the names of its date and datetime properties so a restore can retype them.
// No params. Returns rows: key (elementId, meaningful inside this backup only), labels, props, dates, datetimes.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'DATE' | k] AS dates,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'ZONED DATETIME' | k] AS datetimes
