// Changes an account's role and ends its sessions (the new role applies at once). Params: $id, $role.
// Returns user (no row when absent).
MATCH (u:User {id: $id})
SET u.role = $role
WITH u
CALL (u) { OPTIONAL MATCH (s:Session {userId: u.id}) DELETE s }
RETURN u { .id, .username, .role, .createdAt, .lastLoginAt, .disabled, .mustChangePassword } AS user
