// What a sign-in (or a change of password) needs to know about a submitted username: the account, if there is
// one, and whether that name is locked. The failure count is kept per name, whether an account has it or not.
// Params: $username, $key (SHA-256 of the name), $now.
// Returns one row: user (the node with its password hash, null when there is no such account), locked (boolean).
OPTIONAL MATCH (u:User {username: $username})
OPTIONAL MATCH (t:SignInThrottle {key: $key})
RETURN u AS user, coalesce(t.lockedUntil > datetime($now), false) AS locked
