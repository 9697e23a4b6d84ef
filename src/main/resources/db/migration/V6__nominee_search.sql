-- The nominee's name of each nomination, in capitals and without accents («NGUYEN VAN A» for «Nguyễn Văn A»),
-- for «Theo dõi đề nghị»'s search (nomination/NomineeSearch): users type names without accents, which the
-- engine's own variable query cannot match. Written from the engine's history events of the variable
-- nomineeName, in the engine's transaction; nominations made before are filled in by migration 7
-- (NomineeSearch.Backfill), whose folding is the application's (Java), as for every later row.
CREATE TABLE nominee_search (
  process_instance_id VARCHAR(64) NOT NULL,
  folded_name VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_nominee_search PRIMARY KEY (process_instance_id)
);
