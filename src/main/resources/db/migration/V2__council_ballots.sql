-- A nomination on the draft or confirmed agenda of an open Council session. The primary key makes
-- two sessions started at the same moment unable to share a nomination.
CREATE TABLE council_reservation (
  business_key VARCHAR(32) NOT NULL,
  session_id VARCHAR(32) NOT NULL,
  CONSTRAINT pk_council_reservation PRIMARY KEY (business_key)
);

-- Who has cast a ballot in a session (public: the minutes list it), never what he or she chose.
CREATE TABLE council_ballot (
  session_id VARCHAR(32) NOT NULL,
  member_id VARCHAR(64) NOT NULL,
  cast_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_council_ballot PRIMARY KEY (session_id, member_id)
);

-- Votes for each nominee of a session: only the count is kept (secret ballot).
CREATE TABLE council_tally (
  session_id VARCHAR(32) NOT NULL,
  business_key VARCHAR(32) NOT NULL,
  votes_for INTEGER NOT NULL,
  CONSTRAINT pk_council_tally PRIMARY KEY (session_id, business_key)
);
