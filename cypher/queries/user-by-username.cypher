// One account by username, with its password hash, for login. Params: $username. Returns user.
MATCH (u:User {username: $username})
RETURN u AS user
