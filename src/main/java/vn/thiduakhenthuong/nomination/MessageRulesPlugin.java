package vn.thiduakhenthuong.nomination;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.NotAllowedException;
import vn.thiduakhenthuong.validation.OutsideCalls;

/**
 * What a message sent from outside (REST, a program) may be (SPEC §4.5). {@code CouncilResult},
 * {@code DecisionIssued} and {@code ProvinceDecision} are the processes' own: the Council session,
 * the signed decision and the recorded province decision send them. A unit head may update the own
 * nomination (to withdraw it), which the engine would also take as the right to send these, so a
 * unit head could mark the own nomination approved or awarded. From outside only an administrator
 * sends them (to repair), and every message carries only its variables. Messages our delegates send
 * inside another command are not checked here.
 */
@Component
public class MessageRulesPlugin extends AbstractProcessEnginePlugin {

  static final Map<String, Set<String>> PAYLOADS = Map.of(
      Nomination.MESSAGE_WITHDRAW, Set.of(),
      Nomination.MESSAGE_COUNCIL_RESULT, Set.of("councilApproved", "votesFor", "ballotsCast", "councilMembers", "councilSessionId"),
      Nomination.MESSAGE_DECISION_ISSUED, Set.of("decisionNumber", "decisionDate"),
      Nomination.MESSAGE_PROVINCE_DECISION, Set.of("provinceAwarded", "provinceDecisionNumber", "provinceDecisionDate"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OutsideCalls.check(configuration, (command, caller) -> {
      if (command instanceof AbstractCorrelateMessageCmd correlate) {
        check(builder(correlate), caller);
      }
    });
  }

  static void check(MessageCorrelationBuilderImpl message, Authentication caller) {
    String name = message.getMessageName();
    Set<String> allowed = PAYLOADS.get(name);
    if (allowed == null) {
      return; // no nomination waits for it: the engine answers (ValidationErrorPlugin)
    }
    if (!name.equals(Nomination.MESSAGE_WITHDRAW) && OutsideCalls.isPerson(caller)) {
      throw new NotAllowedException("Thông điệp «" + name + "» do quy trình gửi (phiên họp Hội đồng, Quyết định, "
          + "Tờ trình); chỉ quản trị hệ thống được gửi trực tiếp.");
    }
    Set<String> given = new TreeSet<>();
    for (Map<String, Object> variables : List.of(nullSafe(message.getPayloadProcessInstanceVariables()),
        nullSafe(message.getPayloadProcessInstanceVariablesLocal()),
        nullSafe(message.getPayloadProcessInstanceVariablesToTriggeredScope()))) {
      given.addAll(variables.keySet());
    }
    given.removeAll(allowed);
    if (!given.isEmpty()) {
      throw new InvalidInputException(given.iterator().next(), "Thông điệp «" + name + "» không nhận biến: "
          + String.join(", ", given) + (allowed.isEmpty() ? "; thông điệp này không mang biến nào."
          : "; chỉ nhận: " + String.join(", ", new TreeSet<>(allowed)) + "."));
    }
  }

  private static Map<String, Object> nullSafe(Map<String, Object> variables) {
    return variables == null ? Map.of() : variables;
  }

  /** The engine keeps the correlation's builder in a protected field and offers no getter. */
  static MessageCorrelationBuilderImpl builder(AbstractCorrelateMessageCmd command) {
    try {
      Field builder = AbstractCorrelateMessageCmd.class.getDeclaredField("builder");
      builder.setAccessible(true);
      return (MessageCorrelationBuilderImpl) builder.get(command);
    } catch (ReflectiveOperationException changedEngine) {
      throw new IllegalStateException("Camunda's AbstractCorrelateMessageCmd has no field builder", changedEngine);
    }
  }
}
