package vn.thiduakhenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.numbering.YearlyCounter;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Start of {@code award-decision} and {@code province-submission}: checks the period and year the
 * Office gave, and names the batch {@code GK-<year>-<seq>} or {@code BK-<year>-<seq>}.
 */
@Component
public class StartBatchListener implements ExecutionListener {

  private final YearlyCounter counter;

  public StartBatchListener(YearlyCounter counter) {
    this.counter = counter;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Period period = in.requiredEnum(Decisions.PERIOD, "Đợt khen thưởng", Period.class);
    int year = in.requiredInteger(Decisions.YEAR, "Năm", 2021, 2030);
    Nomination.checkPeriodYear(period, year);
    String prefix = Decisions.isDecision(execution.getProcessDefinitionId())
        ? Decisions.DECISION_PREFIX : Decisions.SUBMISSION_PREFIX;
    int thisYear = Nomination.today().getYear();
    String key = "%s-%d-%04d".formatted(prefix, thisYear, counter.next(prefix, thisYear));
    execution.setProcessBusinessKey(key);
    execution.setVariable(Decisions.BATCH_ID, key);
  }
}
