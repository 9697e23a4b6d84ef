package vn.thiduakhenthuong.decision;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import vn.thiduakhenthuong.config.AwardsProperties.Prize;
import vn.thiduakhenthuong.nomination.NomineeSummary;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** The nominees a batch includes, with their prize money, as the forms and documents show them. */
record Recipients(List<NomineeSummary> nominees, List<Long> prizes) {

  /** The chosen nominations, all still waiting for the batch; a vanished one is refused naming it. */
  static Recipients of(DelegateExecution batch, Set<String> keys, Prize prize, String variable, String label) {
    return of(batch.getProcessEngineServices().getRuntimeService(), BatchSteps.waiting(batch), keys, prize, variable,
        label);
  }

  /** The same, from the nominations {@code waiting} for the batch (BatchSteps.waiting). */
  static Recipients of(RuntimeService runtime, Map<String, ProcessInstance> waiting, Set<String> keys, Prize prize,
      String variable, String label) {
    for (String key : keys) {
      if (!waiting.containsKey(key)) {
        throw InvalidInputException.of(variable, label, "đề nghị «" + key + "» không còn chờ khen thưởng "
            + "(đã kết thúc hoặc bị hủy); hãy trả lại Văn phòng Sở để chọn lại.");
      }
    }
    Map<String, NomineeSummary> summaries = NomineeSummary.of(runtime, keys.stream().map(waiting::get).toList());
    List<NomineeSummary> nominees = new ArrayList<>();
    List<Long> prizes = new ArrayList<>();
    for (String key : keys) {
      NomineeSummary nominee = summaries.get(key);
      nominees.add(nominee);
      prizes.add(prize.amount(nominee.awardType(), nominee.nomineeKind()));
    }
    return new Recipients(nominees, prizes);
  }

  long total() {
    return prizes.stream().mapToLong(Long::longValue).sum();
  }

  long count(vn.thiduakhenthuong.nomination.Nomination.NomineeKind kind) {
    return nominees.stream().filter(n -> n.nomineeKind() == kind).count();
  }

  /** The nominees as a checklist's options. */
  SpinJsonNode options() {
    SpinJsonNode options = JSON("[]");
    nominees.forEach(n -> options.append(JSON("{}").prop("label", n.optionLabel()).prop("value", n.businessKey())));
    return options;
  }

  /** Rows of the forms' table. */
  SpinJsonNode rows() {
    SpinJsonNode rows = JSON("[]");
    for (int i = 0; i < nominees.size(); i++) {
      NomineeSummary n = nominees.get(i);
      rows.append(JSON("{}").prop("businessKey", n.businessKey()).prop("nomineeName", n.nomineeName())
          .prop("nomineeKindLabel", n.nomineeKind().label()).prop("nomineeTitle", n.nomineeTitle())
          .prop("unitName", n.unitName()).prop("awardTypeLabel", n.awardType().label())
          .prop("prizeAmount", prizes.get(i)).prop("prizeText", Decisions.money(prizes.get(i))));
    }
    return rows;
  }
}
