package vn.thiduakhenthuong.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine writes an authorization row per task for each candidate group by default; Tasklist's
 * query then joins them and slows down with the square of the open tasks (STACK.md). Candidate
 * groups here are granted on the process definition instead (RoleSetup), so no per-task rows are
 * written for them. Nor for the people of a nomination's tasks (its unit head, an Office officer who
 * claims a check): unit heads read and work on the tasks of {@code nomination} by a grant on the
 * definition, kept to their own unit by its tenant ({@code UnitTenancy}). Elsewhere assignees keep their
 * rows: a Council member sees his or her own ballots only.
 */
@Component
class GroupGrantsAuthorizationProvider extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      return ofNomination(task) ? NONE : super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return ofNomination(task) ? NONE : super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return ofNomination(task) ? NONE : super.newTaskUserIdentityLink(task, userId, type);
    }

    private static boolean ofNomination(Task task) {
      ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
      return definition != null && ProcessKeys.NOMINATION.equals(definition.getKey());
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return NONE;
    }
  }
}
