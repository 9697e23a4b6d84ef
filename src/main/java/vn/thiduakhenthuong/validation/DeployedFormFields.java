package vn.thiduakhenthuong.validation;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * The fields of a task's or a start event's Camunda Form, read once per deployed form definition. Asking the engine
 * ({@code FormService.getDeployedTaskForm}) costs a nested command with its own task lookup and
 * authorization check, the form's bytes from the database and a JSON parse on every completion: 6%
 * of the app's CPU in the benchmark. Here one query finds the form definition the task's binding
 * points at ({@code latest} changes with a new deployment, so it is asked every time); its fields,
 * which never change for a definition id, are kept. A task whose form is not a plain
 * {@code camunda:formRef} answers {@code null}, and the caller asks the engine as before.
 */
final class DeployedFormFields {

  /** Form definitions are a few dozen per deployment; a bound keeps a runaway redeployer harmless. */
  static final int MAX_DEFINITIONS = 2_000;
  /** Per engine (ids are unique only within one database), then per form definition id. */
  private static final Map<ProcessEngineConfigurationImpl, Map<String, Set<String>>> FIELDS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private DeployedFormFields() {}

  static Set<String> ofTask(DelegateTask task) {
    // a task's tenant (a nomination's unit) does not matter: the engine finds a form by "latest" or
    // "deployment" without it (GetCamundaFormDefinitionCmd), and so does this
    if (!(task instanceof TaskEntity entity)) {
      return null;
    }
    TaskDefinition definition = entity.getTaskDefinition();
    return definition == null ? null : of(definition.getFormDefinition(), entity.getProcessDefinition());
  }

  /** The fields of the process's start form, as {@link #ofTask} (same rules, same kept fields). */
  static Set<String> ofStart(DelegateExecution execution) {
    if (!(execution instanceof ExecutionEntity entity) || entity.getProcessDefinition() == null) {
      return null;
    }
    ProcessDefinitionEntity definition = entity.getProcessDefinition();
    return of(definition.getStartFormDefinition(), definition);
  }

  private static Set<String> of(FormDefinition form, ProcessDefinitionEntity process) {
    Expression formRef = form == null ? null : form.getCamundaFormDefinitionKey();
    String key = formRef == null ? null : formRef.getExpressionText();
    if (key == null || key.contains("${") || key.contains("#{")) {
      return null; // a form chosen by an expression: left to the engine
    }
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity deployed = switch (String.valueOf(form.getCamundaFormDefinitionBinding())) {
      case "latest" -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
      case "deployment" -> context.getCamundaFormDefinitionManager()
          .findDefinitionByDeploymentAndKey(process.getDeploymentId(), key);
      default -> null; // "version" and "versionTag": left to the engine
    };
    if (deployed == null) {
      return null;
    }
    Map<String, Set<String>> known = FIELDS.computeIfAbsent(Context.getProcessEngineConfiguration(),
        engine -> new ConcurrentHashMap<>());
    Set<String> fields = known.get(deployed.getId());
    if (fields == null) {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(deployed.getDeploymentId(), deployed.getResourceName());
      if (resource == null) {
        return null;
      }
      fields = Set.copyOf(FormFields.submitted(new ByteArrayInputStream(resource.getBytes())));
      if (known.size() < MAX_DEFINITIONS) {
        known.put(deployed.getId(), fields);
      }
    }
    return fields;
  }
}
