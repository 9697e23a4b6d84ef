package vn.thiduakhenthuong.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;
import static vn.thiduakhenthuong.identity.Groups.ADMIN;
import static vn.thiduakhenthuong.identity.Groups.COUNCIL;
import static vn.thiduakhenthuong.identity.Groups.DEPUTY_DIRECTORS;
import static vn.thiduakhenthuong.identity.Groups.DIRECTOR;
import static vn.thiduakhenthuong.identity.Groups.OFFICE;
import static vn.thiduakhenthuong.identity.Groups.PROCESS_OWNERS;
import static vn.thiduakhenthuong.identity.Groups.UNIT_HEADS;
import static vn.thiduakhenthuong.identity.ProcessKeys.AWARD_DECISION;
import static vn.thiduakhenthuong.identity.ProcessKeys.COUNCIL_SESSION;
import static vn.thiduakhenthuong.identity.ProcessKeys.NOMINATION;
import static vn.thiduakhenthuong.identity.ProcessKeys.PROVINCE_SUBMISSION;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;

/**
 * The role groups of SPEC §3 and what each may do, enforced by Camunda authorizations. Runs on every
 * start, with or without demo data: it is the product's role model, not sample data. Visibility of a
 * single nomination (own unit only) is granted per process instance by the nomination process.
 * Rights are granted on process definitions, never per task (STACK.md: per-task rows make
 * Tasklist's queries grow with the square of the open tasks).
 */
@Component
@Order(20)
class RoleSetup extends AbstractProcessEnginePlugin {

  static final List<String> TASKLIST_USERS =
      List.of(UNIT_HEADS, OFFICE, COUNCIL, DIRECTOR, DEPUTY_DIRECTORS, PROCESS_OWNERS);

  private final AwardsProperties properties;

  RoleSetup(AwardsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    createGroups(engine.getIdentityService());
    grantRights(new Grants(engine.getAuthorizationService()));
    new RoleFilters(engine).create();
  }

  private static void createGroups(IdentityService identity) {
    for (Groups.Role role : Groups.ROLES) {
      if (identity.createGroupQuery().groupId(role.id()).count() == 0) {
        Group group = identity.newGroup(role.id());
        group.setName(role.name());
        group.setType(role.type());
        identity.saveGroup(group);
      }
    }
  }

  private void grantRights(Grants grants) {
    for (Resource resource : Resources.values()) {
      grants.grant(ADMIN, resource, "*", ALL);
    }
    for (String group : TASKLIST_USERS) {
      grants.grant(group, Resources.APPLICATION, "tasklist", ACCESS);
      grants.grant(group, Resources.APPLICATION, "welcome", ACCESS);
      // A directory of colleagues: names in Tasklist's header, assignee and group labels.
      grants.grant(group, Resources.USER, "*", READ);
      grants.grant(group, Resources.GROUP, "*", READ);
    }

    // Unit heads start nominations; they see their own unit's ones through per-instance grants, and work on
    // their tasks through this grant on the definition's tasks, which the unit's tenant keeps to their own
    // unit (UnitTenancy): no authorization row per task.
    grants.grant(UNIT_HEADS, Resources.PROCESS_DEFINITION, NOMINATION, READ, CREATE_INSTANCE, READ_TASK, TASK_WORK);
    grants.grant(UNIT_HEADS, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);

    // The Office sees every nomination and runs sessions, decisions and submissions.
    for (String key : ProcessKeys.ALL) {
      grants.grant(OFFICE, Resources.PROCESS_DEFINITION, key,
          READ, CREATE_INSTANCE, READ_INSTANCE, READ_TASK, UPDATE_TASK, TASK_WORK, READ_HISTORY);
    }
    grants.grant(OFFICE, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);

    // Council members open the session definition; their ballots are assigned to them.
    grants.grant(COUNCIL, Resources.PROCESS_DEFINITION, COUNCIL_SESSION, READ);

    // The Director signs decisions and submissions and follows every nomination.
    grantSigner(grants, DIRECTOR, true);
    grantSigner(grants, DEPUTY_DIRECTORS, properties.signing().deputyMaySign());

    // Process owners deploy new versions (Modeler's deploy dialog) and watch them in Cockpit.
    grants.grant(PROCESS_OWNERS, Resources.APPLICATION, "cockpit", ACCESS);
    grants.grant(PROCESS_OWNERS, Resources.DEPLOYMENT, "*", CREATE, READ, DELETE);
    grants.grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, "*", READ);
    grants.grant(PROCESS_OWNERS, Resources.DECISION_DEFINITION, "*", READ);
    grants.grant(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
  }

  private static void grantSigner(Grants grants, String group, boolean maySign) {
    grants.grant(group, Resources.PROCESS_DEFINITION, NOMINATION, READ, READ_INSTANCE, READ_HISTORY);
    for (String key : List.of(AWARD_DECISION, PROVINCE_SUBMISSION)) {
      grants.grant(group, Resources.PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
      if (maySign) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, TASK_WORK);
      }
    }
  }
}
