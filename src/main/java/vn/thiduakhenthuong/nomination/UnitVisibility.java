package vn.thiduakhenthuong.nomination;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import vn.thiduakhenthuong.identity.Groups;

/**
 * A nomination is visible to the unit that proposed it (SPEC §3): its unit group may read the
 * instance and its history, and update it (to correlate {@code Withdraw}). Two rows per nomination,
 * not per task, so Tasklist's queries stay flat (STACK.md). The Office sees all through its grant on
 * the process definition. The nomination's tasks are the unit's through its tenant ({@link UnitTenancy}).
 */
final class UnitVisibility {

  private UnitVisibility() {}

  static void grant(String processInstanceId, String unitCode) {
    AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      save(authorizations, Groups.unitGroup(unitCode), Resources.PROCESS_INSTANCE, processInstanceId,
          ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
      save(authorizations, Groups.unitGroup(unitCode), Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ);
      return null;
    });
  }

  /** The unit a nomination was proposed by, as granted at its start (the unit cannot change later). */
  static String unitOf(String processInstanceId) {
    AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
    return Context.getCommandContext().runWithoutAuthorization(() -> authorizations.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list().stream()
        .map(Authorization::getGroupId)
        .filter(group -> group != null && group.startsWith(Groups.UNIT_PREFIX))
        .map(group -> group.substring(Groups.UNIT_PREFIX.length()))
        .findFirst().orElseThrow(() -> new IllegalStateException("No unit grant on " + processInstanceId)));
  }

  private static void save(AuthorizationService authorizations, String group, Resource resource, String id,
      Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
