// Reform Atlas schema: constraints and indexes, each idempotent (IF NOT EXISTS).
// Applied at every server start and by the seed; statements are separated by semicolons.

// Identity: application ids (slugs) are the identity everywhere, never elementId().
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
// Networks and coalitions both carry :Group, so one id names one group whatever its kind.
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_meta_key IF NOT EXISTS FOR (n:DatasetMeta) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT setting_key IF NOT EXISTS FOR (n:Setting) REQUIRE n.key IS UNIQUE;

// Full-text search over names, local-script names and acronyms. standard-folding folds
// diacritics (Hội Nông dân -> hoi nong dan) and case.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.altNamesText, n.acronym]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Substring search on a normalised key (lower case, Latin diacritics removed, local scripts kept).
// A TEXT index (trigram) makes CONTAINS on it fast; Lucene tokenisation of Khmer, Lao and Burmese
// runs is too coarse for partial-name search, so this is the path the filter uses.
CREATE TEXT INDEX actor_search_key IF NOT EXISTS FOR (n:Actor) ON (n.searchKey);

// Common filters.
CREATE INDEX actor_sector IF NOT EXISTS FOR (n:Actor) ON (n.sector);
CREATE INDEX actor_level IF NOT EXISTS FOR (n:Actor) ON (n.level);
CREATE INDEX actor_sensitive IF NOT EXISTS FOR (n:Actor) ON (n.sensitive);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
// The explorer's first view reads only the most influential actors (graph.cypher).
CREATE INDEX actor_influence IF NOT EXISTS FOR (n:Actor) ON (n.influence);
CREATE INDEX activity_type IF NOT EXISTS FOR (n:Activity) ON (n.type);
// The activities list is ordered and ranged by first day; duplicates are looked for by first day too.
CREATE INDEX activity_date IF NOT EXISTS FOR (n:Activity) ON (n.date);
CREATE INDEX saved_view_created IF NOT EXISTS FOR (n:SavedView) ON (n.createdAt);

// Accounts, sessions and API tokens live in Neo4j so any server instance can verify any of them.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.tokenHash IS UNIQUE;
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
// Failed sign-ins per submitted username (its SHA-256), whether an account has that name or not.
CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (n:SignInThrottle) REQUIRE n.key IS UNIQUE;
CREATE INDEX sign_in_throttle_last IF NOT EXISTS FOR (n:SignInThrottle) ON (n.lastFailureAt);

// Audit trail: one :Change per change, written in the change's own transaction.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);
// Whether a change has been undone: asked for every change listed.
CREATE INDEX change_undo_of IF NOT EXISTS FOR (n:Change) ON (n.undoOf);

// Entries captured in a workshop, pending review: listed by status, newest first.
CREATE CONSTRAINT capture_id IF NOT EXISTS FOR (n:Capture) REQUIRE n.id IS UNIQUE;
CREATE INDEX capture_status IF NOT EXISTS FOR (n:Capture) ON (n.status, n.capturedAt);

// Restore bookkeeping: nodes carry their backup key until every relationship is back.
CREATE INDEX restore_key IF NOT EXISTS FOR (n:RestoringNode) ON (n.restoreKey);

// Programme phases: named spans on the time axis (issue 17).
CREATE CONSTRAINT phase_id IF NOT EXISTS FOR (n:Phase) REQUIRE n.id IS UNIQUE;
// Actors new on the map between two dates (changesBetween) are found by their first day.
CREATE INDEX actor_valid_from IF NOT EXISTS FOR (n:Actor) ON (n.validFrom);
