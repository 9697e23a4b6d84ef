package vn.thiduakhenthuong.nomination;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.numbering.YearlyCounter;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Start of {@code nomination}, from Tasklist or REST: checks every start variable (SPEC §4.5), sets the
 * business key {@code DN-<year>-<seq>} and lets the proposing unit see the nomination. Throwing here
 * rolls the start back: no instance, variable or history remains.
 */
@Component
public class StartNominationListener implements ExecutionListener {

  public static final String REVIEW_HISTORY = "reviewHistory";
  /** The unit's name at the time of the proposal, shown in Tasklist's lists. */
  public static final String UNIT_NAME = "unitName";

  private final UnitDirectory units;
  private final YearlyCounter counter;
  private final UnitTenancy tenancy;

  public StartNominationListener(UnitDirectory units, YearlyCounter counter, UnitTenancy tenancy) {
    this.units = units;
    this.counter = counter;
    this.tenancy = tenancy;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String starter = (String) execution.getVariable(Nomination.STARTER);
    if (starter == null) {
      throw new InvalidInputException(Nomination.STARTER, "Không xác định được người đề nghị: hãy đăng nhập.");
    }
    refuseUnknown(execution.getVariableNames());
    Map<String, String> headed = units.unitsHeadedBy(starter);
    NominationFields fields = NominationFields.read(new VariableReader(execution), headed.keySet(), headed::get);
    execution.setVariable(NominationFields.UNIT_CODE, fields.unitCode());
    execution.setVariable(UNIT_NAME, headed.get(fields.unitCode()));
    execution.setVariable(REVIEW_HISTORY, "");

    int year = Nomination.today().getYear();
    execution.setProcessBusinessKey(
        "%s-%d-%04d".formatted(Nomination.BUSINESS_KEY_PREFIX, year, counter.next(Nomination.BUSINESS_KEY_PREFIX, year)));
    UnitVisibility.grant(execution.getProcessInstanceId(), fields.unitCode());
    if (!fields.unitCode().equals(execution.getTenantId())) {
      // the tenant came from the start variables before they were checked (UnitTenancy); never let a
      // nomination start outside its unit's tenant, where every unit head would see its tasks
      throw new IllegalStateException("Nomination of unit " + fields.unitCode() + " started in tenant " + execution.getTenantId());
    }
    tenancy.ensure(fields.unitCode());
  }

  private static void refuseUnknown(Set<String> given) {
    Set<String> unknown = new HashSet<>(given);
    unknown.removeAll(NominationFields.NAMES);
    unknown.remove(Nomination.STARTER);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.iterator().next(),
          "Biểu mẫu đề nghị khen thưởng không có trường: " + String.join(", ", new java.util.TreeSet<>(unknown)) + ".");
    }
  }
}
