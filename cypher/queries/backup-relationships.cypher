// Every relationship for a backup. No params. Returns rows: from, to (node keys), type, props, dates, datetimes.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'DATE' | k] AS dates,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'ZONED DATETIME' | k] AS datetimes
