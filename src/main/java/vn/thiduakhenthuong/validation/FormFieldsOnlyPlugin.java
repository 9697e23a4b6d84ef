package vn.thiduakhenthuong.validation;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.identity.Groups;

/**
 * A step takes the fields of its form and nothing else (SPEC §4.5, §10). Without this, a REST client
 * could send any process variable with a start or a completion ({@code nomineeName} with the Office's
 * check, {@code outcome} with the unit's submission) and so skip every rule of the step that owns it.
 * Tasklist sends exactly the enabled fields of the form, so it is unaffected. A task the process
 * assigned to a person (the unit head's dossier, a member's ballot) is completed by that person only,
 * one offered to groups by a member of one of them.
 */
@Component
public class FormFieldsOnlyPlugin extends AbstractProcessEnginePlugin {

  private static final String FORM_REF = "formRef";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    listeners.add(new AddChecks());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static class AddChecks extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      if (task.getAssigneeExpression() != null) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormFieldsOnlyPlugin::onlyTheAssignee);
      }
      if (!task.getCandidateGroupIdExpressions().isEmpty()) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormFieldsOnlyPlugin::onlyTheCandidateGroups);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, FormFieldsOnlyPlugin::onlyMembersTakeIt);
      }
      if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF) != null) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormFieldsOnlyPlugin::onlyTaskFormFields);
      }
    }

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      for (Element start : process.elements("startEvent")) {
        if (start.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF) != null) {
          String initiator = start.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "initiator");
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              (ExecutionListener) execution -> onlyStartFormFields(execution, initiator), 0);
        }
      }
    }
  }

  /** At the start every variable was given by the caller (and the engine's initiator variable). */
  static void onlyStartFormFields(DelegateExecution execution, String initiator) {
    Set<String> given = new TreeSet<>(execution.getVariableNames());
    if (initiator != null) {
      given.remove(initiator);
    }
    Set<String> fields = DeployedFormFields.ofStart(execution);
    refuseOthers(given, fields != null ? fields : form(() -> Context.getProcessEngineConfiguration().getFormService()
        .getDeployedStartForm(execution.getProcessDefinitionId())), "Biểu mẫu bắt đầu quy trình");
  }

  static void onlyTaskFormFields(DelegateTask task) {
    Map<String, Object> given = submittedWith(Context.getCommandInvocationContext());
    if (given != null) {
      Set<String> fields = DeployedFormFields.ofTask(task);
      refuseOthers(new TreeSet<>(given.keySet()), fields != null ? fields : form(() -> Context
          .getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId())),
          "Biểu mẫu «" + task.getName() + "»");
    }
  }

  static void onlyTheAssignee(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (!OutsideCalls.isPerson(caller) || task.getAssignee() == null || task.getAssignee().equals(caller.getUserId())) {
      return;
    }
    throw new NotAllowedException("Việc «" + task.getName() + "» được giao cho " + task.getAssignee()
        + "; chỉ người được giao mới hoàn thành được.");
  }

  /**
   * A task offered to groups (the Office's steps, the signatures) is completed by a member of one of
   * them. The engine's rights are per process definition: the Director's right to sign in
   * {@code award-decision} would otherwise let him or her complete the Office's steps there too.
   */
  static void onlyTheCandidateGroups(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (!OutsideCalls.isPerson(caller)) {
      return;
    }
    Set<String> groups = candidateGroups(task);
    String names = Context.getCommandContext().runWithoutAuthorization(() ->
        groups.stream().anyMatch(group -> Callers.isMember(identity, caller, group)) ? null
            : identity.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list().stream()
                .map(group -> group.getName() != null ? group.getName() : group.getId()).sorted()
                .collect(Collectors.joining(", ")));
    if (groups.isEmpty() || names == null) {
      return;
    }
    throw new NotAllowedException("Việc «" + task.getName() + "» dành cho " + names
        + "; chỉ thành viên của nhóm này mới hoàn thành được.");
  }

  /**
   * A task offered to groups is claimed by, or given to, a member of one of them. The engine's right to
   * work on a definition's tasks covers claiming them: a unit head, who works on his or her own steps of
   * {@code nomination} by that right, could otherwise take the Office's check of the unit's nomination
   * out of the Office's list; the Director, the Office's steps of a decision.
   */
  static void onlyMembersTakeIt(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String assignee = task.getAssignee();
    if (assignee == null || !OutsideCalls.isPerson(identity.getCurrentAuthentication())) {
      return;
    }
    Set<String> groups = candidateGroups(task);
    Set<String> allowed = new TreeSet<>(groups);
    allowed.add(Groups.ADMIN);
    boolean member = groups.isEmpty() || Context.getCommandContext().runWithoutAuthorization(() ->
        identity.createGroupQuery().groupMember(assignee).groupIdIn(allowed.toArray(String[]::new)).count() > 0);
    if (!member) {
      throw new NotAllowedException("Việc «" + task.getName() + "» chỉ được nhận hoặc giao cho thành viên nhóm "
          + "được phân công; " + assignee + " không thuộc nhóm này.");
    }
  }

  private static Set<String> candidateGroups(DelegateTask task) {
    Set<String> groups = new TreeSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private static void refuseOthers(Set<String> given, Set<String> allowed, String form) {
    given.removeAll(allowed);
    if (!given.isEmpty()) {
      throw new InvalidInputException(given.iterator().next(), form + " không có trường: " + String.join(", ", given)
          + ". Chỉ nhận: " + String.join(", ", new TreeSet<>(allowed)) + ".");
    }
  }

  private static Set<String> form(Callable<InputStream> deployed) {
    return FormFields.submitted(Context.getCommandContext().runWithoutAuthorization(deployed));
  }

  /**
   * The variables the caller sent with the completion running now. The engine keeps them only in the
   * command ({@code TaskService.complete} and {@code submitTaskForm}); they are already merged into
   * the process variables when the listener runs. Null for any other command.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> submittedWith(CommandInvocationContext invocation) {
    Object command = invocation == null ? null : invocation.getCommand();
    Class<?> type = command instanceof CompleteTaskCmd ? CompleteTaskCmd.class
        : command instanceof SubmitTaskFormCmd ? SubmitTaskFormCmd.class : null;
    if (type == null) {
      return null;
    }
    String field = type == CompleteTaskCmd.class ? "variables" : "properties";
    try {
      Field variables = type.getDeclaredField(field);
      variables.setAccessible(true);
      Map<String, Object> given = (Map<String, Object>) variables.get(command);
      return given == null ? Map.of() : given;
    } catch (ReflectiveOperationException changedEngine) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + field,
          changedEngine);
    }
  }
}
