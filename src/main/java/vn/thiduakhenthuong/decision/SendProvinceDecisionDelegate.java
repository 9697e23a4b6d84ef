package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.registry.AwardRegistry;
import vn.thiduakhenthuong.validation.JsonKeys;

/**
 * {@code Task_NotifyNominations}: the awarded nominees into the registry (Bằng khen, with the
 * province's number and date and the prize money of SPEC §5), and {@code ProvinceDecision} to every
 * proposed nomination, awarded or not, in the Office's transaction.
 */
@Component
public class SendProvinceDecisionDelegate implements JavaDelegate {

  private final AwardRegistry registry;
  private final AwardsProperties properties;

  public SendProvinceDecisionDelegate(AwardRegistry registry, AwardsProperties properties) {
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> proposed = JsonKeys.read(execution.getVariable(Decisions.SUBMISSION_CHOICE),
        Decisions.SUBMISSION_CHOICE, "Các tập thể, cá nhân đề nghị UBND tỉnh khen thưởng");
    Set<String> awarded = JsonKeys.read(execution.getVariable(Decisions.PROVINCE_AWARDED_CHOICE),
        Decisions.PROVINCE_AWARDED_CHOICE, "Các tập thể, cá nhân được UBND tỉnh khen thưởng");
    String number = (String) execution.getVariable(Decisions.PROVINCE_DECISION_NUMBER);
    LocalDate date = LocalDate.parse((String) execution.getVariable(Decisions.PROVINCE_DECISION_DATE));
    Recipients recipients = Recipients.of(execution, awarded,
        properties.prize(), Decisions.PROVINCE_AWARDED_CHOICE, "Các tập thể, cá nhân được UBND tỉnh khen thưởng");
    for (int i = 0; i < recipients.nominees().size(); i++) {
      registry.record(BatchSteps.entry(recipients.nominees().get(i), number, date, recipients.prizes().get(i),
          execution, null));
    }
    for (String key : proposed) {
      BatchSteps.correlate(execution, Nomination.MESSAGE_PROVINCE_DECISION, key, Map.of(
          "provinceAwarded", awarded.contains(key), "provinceDecisionNumber", number,
          "provinceDecisionDate", date.toString()));
    }
  }
}
