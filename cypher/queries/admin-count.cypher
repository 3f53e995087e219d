// How many admin accounts exist. No params. Returns admins.
RETURN COUNT { (u:User {role: 'admin'}) } AS admins
