package vn.thiduakhenthuong.council;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.numbering.YearlyCounter;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/** Start of {@code council-session}: checks what the Office gave and names the session {@code HD-<year>-<seq>}. */
@Component
public class StartSessionListener implements ExecutionListener {

  private final YearlyCounter counter;

  public StartSessionListener(YearlyCounter counter) {
    this.counter = counter;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    in.requiredEnum(Council.PERIOD, "Đợt khen thưởng", Period.class);
    in.requiredInteger(Council.YEAR, "Năm", 2021, 2030);
    in.requiredText(Council.SESSION_TITLE, "Tên phiên họp", 200);
    LocalDate meeting = in.requiredDate(Council.MEETING_DATE, "Ngày họp");
    if (meeting.getYear() < 2021 || meeting.isAfter(Nomination.today().plusYears(1))) {
      throw InvalidInputException.of(Council.MEETING_DATE, "Ngày họp", "phải từ năm 2021 và không quá một năm kể từ hôm nay.");
    }
    if (execution.getVariable(Council.VOTING_DAYS) == null) {
      execution.setVariable(Council.VOTING_DAYS, 3);
    }
    in.requiredInteger(Council.VOTING_DAYS, "Thời hạn biểu quyết (ngày làm việc)", 1, 30);
    int year = Nomination.today().getYear();
    String key = "%s-%d-%04d".formatted(Council.BUSINESS_KEY_PREFIX, year, counter.next(Council.BUSINESS_KEY_PREFIX, year));
    execution.setProcessBusinessKey(key);
    execution.setVariable(Council.SESSION_ID, key);
  }
}
