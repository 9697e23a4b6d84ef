package vn.thiduakhenthuong.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting inside the engine: a person (the authenticated user of the REST call or the Tasklist
 * session), or the processes themselves (no authenticated user, as in the job executor).
 */
public final class Callers {

  private Callers() {}

  /**
   * The user as Camunda's REST layer authenticates him or her: the user's groups, and the tenants (units,
   * {@code UnitTenancy}) the user belongs to directly or through a group.
   */
  public static Authentication authenticationOf(IdentityService identity, String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return new Authentication(userId, groups, tenants);
  }

  /** True when no person acts (the processes), or when an administrator does. */
  public static boolean isSystemOrAdministrator(IdentityService identity) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller == null || caller.getUserId() == null || isMember(identity, caller, Groups.ADMIN);
  }

  /** True when the acting person belongs to {@code groupId}; false for no person. */
  public static boolean isMember(IdentityService identity, Authentication caller, String groupId) {
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    if (caller.getGroupIds() != null && caller.getGroupIds().contains(groupId)) {
      return true;
    }
    return identity.createUserQuery().userId(caller.getUserId()).memberOfGroup(groupId).count() > 0;
  }
}
