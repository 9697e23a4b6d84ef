package vn.thiduakhenthuong.council;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.calendar.WorkingDayCalendar;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * The ballot round: used in the diagram as {@code ${councilVoting.membersToVote(execution)}} (one
 * ballot per member who has not voted yet) and to set the voting deadline.
 */
@Component("councilVoting")
public class CouncilVoting {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final CouncilStore store;
  private final WorkingDayCalendar workingDays;

  public CouncilVoting(CouncilStore store, WorkingDayCalendar workingDays) {
    this.store = store;
    this.workingDays = workingDays;
  }

  public List<String> membersToVote(DelegateExecution execution) {
    List<String> members = new ArrayList<>();
    for (SpinJsonNode member : ((SpinJsonNode) execution.getVariable(Council.MEMBER_IDS)).elements()) {
      members.add(member.stringValue());
    }
    members.removeAll(store.voters((String) execution.getVariable(Council.SESSION_ID)));
    return members;
  }

  /**
   * Opens a round: the deadline is {@code votingDays} working days from now, the reminder to those who
   * have not voted one working day before it.
   */
  void openRound(DelegateExecution execution) {
    int days = (Integer) execution.getVariable(Council.VOTING_DAYS);
    Date deadline = workingDays.afterWorkingDays(days);
    execution.setVariable(Council.VOTING_DEADLINE_AT, deadline);
    execution.setVariable(Council.VOTING_REMINDER_AT, workingDays.afterWorkingDays(days - 1));
    execution.setVariable(Council.VOTING_DEADLINE,
        ZonedDateTime.ofInstant(deadline.toInstant(), Nomination.ZONE).format(SHOWN));
  }
}
