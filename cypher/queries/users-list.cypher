// All accounts (no password hashes). No params. Returns rows: user.
MATCH (u:User)
RETURN u { .id, .username, .role, .createdAt, .lastLoginAt, .disabled, .mustChangePassword } AS user
ORDER BY u.username
