// Forgets a username's failed sign-ins, unlocking it (an administrator reset the account's password).
// Params: $key (SHA-256 of the name). Returns unlocked (0 or 1).
OPTIONAL MATCH (t:SignInThrottle {key: $key})
DELETE t
RETURN count(t) AS unlocked
