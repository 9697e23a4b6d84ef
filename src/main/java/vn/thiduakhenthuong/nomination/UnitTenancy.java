package vn.thiduakhenthuong.nomination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.CommandInterceptors;
import vn.thiduakhenthuong.config.DataMigration;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.identity.ProcessKeys;

/**
 * A unit's nominations are a tenant of their own (the tenant id is the unit code), so that Tasklist finds a
 * unit head's tasks with a column check instead of one authorization row per task (STACK.md: per-task rows
 * make task queries slow with the number of open tasks). The definitions stay shared (no tenant); each
 * {@code nomination} instance gets its unit's tenant when it starts, and its executions, tasks and variables
 * inherit it. Sessions, decisions and submissions belong to no unit and have no tenant.
 *
 * <p>Who is in a unit's tenant: the unit's group {@code unit<code>}, and the groups that see every nomination
 * (SPEC §3): {@code office}, {@code director}, {@code deputydirectors}. Administrators ({@code camunda-admin})
 * are never filtered by tenant. The tenant is made, and renamed, with its unit's group, in the same transaction
 * ({@link UnitGroupTenants}: a unit added in Admin), so that a head who logs in to Tasklist before his unit's
 * first nomination already holds its tenant; units that did not come through the engine's identity service get
 * theirs when the app starts, or with their first nomination. Unit heads read and work on the tasks of
 * {@code nomination} by a grant on the definition ({@code RoleSetup}); the tenant check keeps them to their own
 * unit's.
 */
@Component
@Order(40)
public class UnitTenancy extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(UnitTenancy.class);

  /** The groups that see every unit's nominations, and so belong to every unit's tenant. */
  static final List<String> EVERY_UNIT = List.of(Groups.OFFICE, Groups.DIRECTOR, Groups.DEPUTY_DIRECTORS);

  private final Set<String> ensured = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new UnitOfNomination());
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(UnitGroupTenants.class));
    CommandInterceptors.addPost(configuration, new EveryUnitUnfiltered());
  }

  /**
   * The groups that see every nomination belong to every unit's tenant, so the tenant check can only keep
   * rows from them, never hide one: it is left out of their commands. Their queries then carry no
   * {@code TENANT_ID_ IN (<every unit>)} condition, which cost the Office's count of 50,000 tasks about 20 ms
   * on the benchmark's PostgreSQL 17.
   */
  static final class EveryUnitUnfiltered extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      Authentication caller = context == null ? null : context.getAuthentication();
      if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(EVERY_UNIT::contains)) {
        context.disableTenantCheck();
      }
      return next.execute(command);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (Group group : identity.createGroupQuery().groupType(Groups.TYPE_UNIT).list()) {
      String unitCode = Groups.unitCodeOf(group);
      if (unitCode != null) {
        tenantOfUnit(identity, unitCode, group.getName());
        ensured.add(unitCode);
      }
    }
    giveUnitsTheirNominationsStartedBefore((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
  }

  /**
   * The unit's tenant and its members exist (a unit whose group did not come through the engine's identity
   * service gets them with its first nomination). Runs without the caller's authorizations.
   */
  void ensure(String unitCode) {
    if (ensured.contains(unitCode)) {
      return;
    }
    IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      tenantOfUnit(identity, unitCode, UnitDirectory.nameOf(identity, unitCode));
      return null;
    });
    ensured.add(unitCode);
  }

  /**
   * The unit's tenant, named as the unit, with the unit's group and the groups that see every unit as members.
   * The unit's group exists (the caller's word: it may not be flushed yet); the others are added if they exist.
   */
  static void tenantOfUnit(IdentityService identity, String unitCode, String name) {
    String tenantName = name == null || name.isBlank() ? unitCode : name;
    Tenant tenant = identity.createTenantQuery().tenantId(unitCode).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(unitCode);
      tenant.setName(tenantName);
      identity.saveTenant(tenant);
    } else if (!tenantName.equals(tenant.getName())) {
      tenant.setName(tenantName);
      identity.saveTenant(tenant);
    }
    for (String group : EVERY_UNIT) {
      if (identity.createTenantQuery().tenantId(unitCode).groupMember(group).count() == 0
          && identity.createGroupQuery().groupId(group).count() > 0) {
        identity.createTenantGroupMembership(unitCode, group);
      }
    }
    if (identity.createTenantQuery().tenantId(unitCode).groupMember(Groups.unitGroup(unitCode)).count() == 0) {
      identity.createTenantGroupMembership(unitCode, Groups.unitGroup(unitCode));
    }
  }

  /**
   * The engine's own database identity provider (users, groups, memberships in {@code ACT_ID_*}), which also
   * keeps a unit group's tenant with the group: when a group of type {@value Groups#TYPE_UNIT} is created in
   * Admin (or through {@code /engine-rest/group}), or saved as a unit, or renamed, its tenant is made or
   * renamed in the same command, so the group never exists without it. Made by the engine once per command
   * (its session factory), so it keeps no state.
   */
  public static class UnitGroupTenants extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult saveGroup(Group group) {
      IdentityOperationResult saved = super.saveGroup(group);
      String unitCode = Groups.unitCodeOf(group);
      if (unitCode != null) {
        IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
          tenantOfUnit(identity, unitCode, group.getName());
          return null;
        });
      }
      return saved;
    }
  }

  /**
   * Nominations started before units had tenants: their executions, tasks and variables get their unit's
   * tenant, read from their {@code unitCode}, so that the unit heads' grant on the definition's tasks does
   * not show them to every unit. Nothing to do after the first start.
   */
  static final List<String> EARLIER_NOMINATIONS = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE").stream()
      .map(table -> "UPDATE %1$s" + table + " SET TENANT_ID_ = (SELECT V.TEXT_ FROM %1$sACT_RU_VARIABLE V"
          + " WHERE V.EXECUTION_ID_ = %1$s" + table + ".PROC_INST_ID_ AND V.NAME_ = 'unitCode')"
          + " WHERE TENANT_ID_ IS NULL AND PROC_DEF_ID_ IN (SELECT ID_ FROM %1$sACT_RE_PROCDEF WHERE KEY_ = '"
          + ProcessKeys.NOMINATION + "')"
          + " AND EXISTS (SELECT 1 FROM %1$sACT_RU_VARIABLE V WHERE V.EXECUTION_ID_ = %1$s" + table + ".PROC_INST_ID_"
          + " AND V.NAME_ = 'unitCode' AND V.TEXT_ IS NOT NULL)")
      .toList();

  /**
   * Whether a nomination started before units had tenants is still without one: its process instance's executions
   * have none (its tasks and variables were given theirs in the same transaction). The engine's index on the
   * executions' tenant finds the few executions without one (sessions, decisions) at once, so a start-up does not
   * read every variable of every open nomination to learn that there is nothing to do.
   */
  static final String ANY_EARLIER_NOMINATION = "SELECT 1 FROM %1$sACT_RU_EXECUTION E WHERE E.TENANT_ID_ IS NULL"
      + " AND E.PROC_DEF_ID_ IN (SELECT ID_ FROM %1$sACT_RE_PROCDEF WHERE KEY_ = '" + ProcessKeys.NOMINATION + "')"
      + " FETCH FIRST 1 ROWS ONLY";

  /** Gives earlier nominations their unit's tenant, if any is left without; the number of rows changed. */
  static int giveUnitsTheirNominationsStartedBefore(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (!anyEarlierNomination(connection, prefix)) {
        return 0;
      }
      connection.setAutoCommit(false);
      int changed = 0;
      for (String update : EARLIER_NOMINATIONS) {
        try (PreparedStatement statement = connection.prepareStatement(update.formatted(prefix))) {
          changed += statement.executeUpdate();
        }
      }
      connection.commit();
      LOG.info("Nominations started before units had tenants: {} rows given their unit's tenant", changed);
      return changed;
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not give earlier nominations their unit's tenant", e);
    }
  }

  static boolean anyEarlierNomination(Connection connection, String prefix) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ANY_EARLIER_NOMINATION.formatted(prefix));
        ResultSet found = statement.executeQuery()) {
      return found.next();
    }
  }

  /**
   * Migration 8: the history of each nomination started before units had tenants gets its unit's tenant, as
   * {@link #giveUnitsTheirNominationsStartedBefore} gives its runtime rows: the follow page («Đề nghị của đơn vị»)
   * lists a unit's nominations by the tenant of their history, so a unit head would not find those, ended ones
   * included, which the runtime backfill never reaches. Only the process instance's row: the engine's other history
   * rows of no tenant stay readable to whom their authorizations allow, as before.
   */
  @Component
  static class HistoryBackfill extends DataMigration {

    static final String UPDATE = "UPDATE ACT_HI_PROCINST SET TENANT_ID_ = (SELECT MAX(V.TEXT_) FROM ACT_HI_VARINST V"
        + " WHERE V.PROC_INST_ID_ = ACT_HI_PROCINST.ID_ AND V.EXECUTION_ID_ = V.PROC_INST_ID_ AND V.NAME_ = ?)"
        + " WHERE TENANT_ID_ IS NULL AND PROC_DEF_KEY_ = ? AND EXISTS (SELECT 1 FROM ACT_HI_VARINST V"
        + " WHERE V.PROC_INST_ID_ = ACT_HI_PROCINST.ID_ AND V.EXECUTION_ID_ = V.PROC_INST_ID_ AND V.NAME_ = ?"
        + " AND V.TEXT_ IS NOT NULL)";

    HistoryBackfill() {
      super("8", "nomination history tenants", true);
    }

    @Override
    public int fill(Connection connection) throws SQLException {
      try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
        update.setString(1, NominationFields.UNIT_CODE);
        update.setString(2, ProcessKeys.NOMINATION);
        update.setString(3, NominationFields.UNIT_CODE);
        return update.executeUpdate();
      }
    }
  }

  /** A nomination's tenant is its unit: the {@code unitCode} given, else the starter's only unit. */
  private final class UnitOfNomination implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
      if (!ProcessKeys.NOMINATION.equals(context.getProcessDefinition().getKey())) {
        return null;
      }
      Object given = context.getVariables().get(NominationFields.UNIT_CODE);
      if (given instanceof String code && !code.isBlank()) {
        return code.trim();
      }
      String starter = Context.getCommandContext().getAuthenticatedUserId();
      Set<String> headed = starter == null ? Set.of()
          : UnitDirectory.unitsHeadedBy(Context.getProcessEngineConfiguration().getIdentityService(), starter).keySet();
      return headed.size() == 1 ? headed.iterator().next() : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
      return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }
  }
}
