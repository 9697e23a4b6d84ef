package vn.thiduakhenthuong.testing;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** A user as Camunda's REST layer authenticates him or her: the user's groups and tenants (through groups too). */
public final class Authenticated {

  private Authenticated() {}

  public static Authentication as(IdentityService identity, String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return new Authentication(user, groups, tenants);
  }
}
