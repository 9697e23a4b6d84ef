-- Numbers that restart every calendar year: nomination business keys (DN), and later decision
-- (QĐ) and submission (TTr) numbers. Incremented inside the engine's transaction, so a rolled-back
-- step takes no number.
CREATE TABLE award_counter (
  counter_name VARCHAR(20) NOT NULL,
  counter_year INTEGER NOT NULL,
  last_value INTEGER NOT NULL,
  CONSTRAINT pk_award_counter PRIMARY KEY (counter_name, counter_year)
);
