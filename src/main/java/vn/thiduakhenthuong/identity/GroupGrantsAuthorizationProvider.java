package vn.thiduakhenthuong.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine writes an authorization row per task for each candidate group by default; Tasklist's
 * query then joins them and slows down with the square of the open tasks (STACK.md). Candidate
 * groups here are granted on the process definition instead (RoleSetup), so no per-task rows are
 * written for them. Assignees keep theirs: a unit head sees only the tasks assigned to him or her.
 */
@Component
class GroupGrantsAuthorizationProvider extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return new AuthorizationEntity[0];
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return new AuthorizationEntity[0];
    }
  }
}
