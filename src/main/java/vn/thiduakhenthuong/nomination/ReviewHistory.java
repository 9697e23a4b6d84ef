package vn.thiduakhenthuong.nomination;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.thiduakhenthuong.identity.UserNames;

/** Appends one line per Office check and unit supplement to {@code reviewHistory}, shown in the forms. */
final class ReviewHistory {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ReviewHistory() {}

  static void append(DelegateTask task, String who, String what) {
    String previous = (String) task.getExecution().getVariable(StartNominationListener.REVIEW_HISTORY);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String line = Nomination.today().format(DATE) + " – " + who
        + (user == null ? "" : " (" + UserNames.of(task.getProcessEngineServices().getIdentityService(), user.getUserId())
        + ")") + ": " + what;
    task.getExecution().setVariable(StartNominationListener.REVIEW_HISTORY,
        previous == null || previous.isEmpty() ? line : previous + "\n" + line);
  }
}
