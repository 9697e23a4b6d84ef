package vn.thiduakhenthuong.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.Outcome;
import vn.thiduakhenthuong.notification.MailKind;
import vn.thiduakhenthuong.notification.Notifications;
import vn.thiduakhenthuong.notification.TaskValues;

/**
 * Sets {@code outcome} at every end event: {@code ${nominationOutcome.record(execution, 'AWARDED')}}.
 * An award by the province keeps the province's decision as the nomination's decision. The unit head
 * who proposed it ({@code starter}) gets a mail with the outcome, unless it was his or her own doing.
 */
@Component("nominationOutcome")
public class NominationOutcome {

  public static final String OUTCOME = "outcome";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Notifications notifications;

  public NominationOutcome(Notifications notifications) {
    this.notifications = notifications;
  }

  public void record(DelegateExecution execution, String outcome) {
    Outcome value = Outcome.valueOf(outcome);
    execution.setVariable(OUTCOME, value.name());
    if (value == Outcome.AWARDED && Boolean.TRUE.equals(execution.getVariable("provinceAwarded"))) {
      execution.setVariable("decisionNumber", execution.getVariable("provinceDecisionNumber"));
      execution.setVariable("decisionDate", execution.getVariable("provinceDecisionDate"));
    }
    String key = execution.getProcessBusinessKey();
    notifications.quietly(mail(value), key, () -> notifications.toUsers(mail(value),
        List.of((String) execution.getVariable(Nomination.STARTER)), values(execution), key));
  }

  private static MailKind mail(Outcome outcome) {
    return switch (outcome) {
      case AWARDED -> MailKind.OUTCOME_AWARDED;
      case NOT_AWARDED_BY_PROVINCE -> MailKind.OUTCOME_NOT_AWARDED;
      case NOT_APPROVED -> MailKind.OUTCOME_NOT_APPROVED;
      case REJECTED -> MailKind.OUTCOME_REJECTED;
      case WITHDRAWN -> MailKind.OUTCOME_WITHDRAWN;
    };
  }

  private static Map<String, String> values(DelegateExecution execution) {
    Map<String, String> values = new HashMap<>();
    for (String name : List.of("nomineeName", "unitName", "officeComment", "votesFor", "ballotsCast",
        "councilMembers", "councilSessionId", "decisionNumber", "provinceDecisionNumber")) {
      values.put(name, TaskValues.text(execution.getVariable(name)));
    }
    values.put("businessKey", execution.getProcessBusinessKey());
    values.put("decisionDate", day(execution.getVariable("decisionDate")));
    values.put("provinceDecisionDate", day(execution.getVariable("provinceDecisionDate")));
    Object award = execution.getVariable(NominationFields.AWARD_TYPE);
    values.put("awardTypeLabel", award == null ? "" : AwardType.valueOf((String) award).label());
    values.put("reason", Nomination.END_SUPPLEMENT_TIMED_OUT.equals(execution.getCurrentActivityId())
        ? "Hồ sơ không được bổ sung trong thời hạn " + Nomination.SUPPLEMENT_DAYS + " ngày làm việc."
        : "Đề nghị đã được rút.");
    return values;
  }

  private static String day(Object isoDate) {
    return isoDate == null ? "" : LocalDate.parse((String) isoDate).format(DAY);
  }
}
