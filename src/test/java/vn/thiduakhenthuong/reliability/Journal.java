package vn.thiduakhenthuong.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the users were told succeeded (a 2xx answer), and what went wrong for them. Only confirmed
 * actions are promised: a call cut off by a crash is looked up again and redone if it left no trace.
 */
final class Journal {

  /** SIGNED: a decision the Director signed; SUBMITTED: a Tờ trình to the province he signed. */
  enum Kind { STARTED, UPLOADED, COMPLETED, SIGNED, SUBMITTED }

  /** One confirmed action: {@code key} the business key, {@code detail} the task or document id. */
  record Entry(Kind kind, String key, String detail, String what) {}

  private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger interrupted = new AtomicInteger();

  void confirmed(Kind kind, String key, String detail, String what) {
    entries.add(new Entry(kind, key, detail, what));
  }

  /** An answer a user would have seen as an error (not a cut-off connection). */
  void error(String what, Api.Answer answer) {
    errors.add(what + ": " + answer.status() + " " + answer.body());
  }

  List<Entry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }
}
