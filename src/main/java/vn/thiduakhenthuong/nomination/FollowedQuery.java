package vn.thiduakhenthuong.nomination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The nominations «Đề nghị của đơn vị» / «Theo dõi đề nghị» lists, in SQL on the engine's history tables through the
 * engine's native query, which answers the engine's own {@link HistoricProcessInstance}s: the engine's query cannot
 * look for a name without its accents, which our table {@code nominee_search} ({@link NomineeSearch}) can, so
 * «nguyen», «NGUYEN» and «Nguyễn» find «Nguyễn» (and «Nguyên»).
 *
 * <p>A native query runs no authorization or tenant check of the engine: the caller narrows it to the units he
 * follows ({@link #tenantIn}). The columns are those of the engine's documented schema ({@code ACT_HI_PROCINST},
 * {@code ACT_HI_VARINST}, and {@code ACT_RU_EXECUTION} for {@link #activeSteps}), the table names the engine's own
 * (with its table prefix, if any). Each variable condition is a subquery by the instance's id on the engine's index
 * of {@code ACT_HI_VARINST.PROC_INST_ID_}.
 */
final class FollowedQuery {

  private final Tables tables;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** The engine's names of its history tables, asked once: the engine answers them to administrators only. */
  record Tables(String instances, String variables, String executions) {

    Tables(ManagementService management) {
      this(management.getTableName(HistoricProcessInstance.class),
          management.getTableName(HistoricVariableInstance.class), management.getTableName(Execution.class));
    }
  }

  FollowedQuery(Tables tables, String processDefinitionKey) {
    this.tables = tables;
    where.append(" WHERE RES.PROC_DEF_KEY_ = ").append(parameter(processDefinitionKey));
  }

  /** Only the nominations of these units (their tenants). */
  FollowedQuery tenantIn(Collection<String> tenants) {
    where.append(" AND RES.TENANT_ID_ IN (")
        .append(String.join(", ", tenants.stream().map(this::parameter).toList())).append(')');
    return this;
  }

  /** Only those still under way ({@code true}), or only those ended. */
  FollowedQuery open(boolean open) {
    where.append(open ? " AND RES.END_TIME_ IS NULL" : " AND RES.END_TIME_ IS NOT NULL");
    return this;
  }

  /** Only those whose whole-number variable {@code name} is {@code value}. */
  FollowedQuery variableEquals(String name, long value) {
    return variable(name, "V.LONG_ = " + parameter(value));
  }

  /** Only those whose text variable {@code name} is {@code value}. */
  FollowedQuery variableEquals(String name, String value) {
    return variable(name, "V.TEXT_ = " + parameter(value));
  }

  /**
   * Only those whose nominee's name holds {@code part}, in any letter case, with accents or without: both folded
   * ({@link NomineeSearch}).
   */
  FollowedQuery nomineeContains(String part) {
    where.append(" AND EXISTS (SELECT 1 FROM ").append(NomineeSearch.TABLE)
        .append(" N WHERE N.process_instance_id = RES.ID_ AND N.folded_name LIKE ")
        .append(parameter(NomineeSearch.containsPattern(part))).append(" ESCAPE '").append(NomineeSearch.ESCAPE)
        .append("')");
    return this;
  }

  long count(HistoryService history) {
    return query(history, "SELECT COUNT(*) FROM " + tables.instances() + " RES" + where).count();
  }

  /** Newest first, from the {@code first}-th (from 0), at most {@code size}. */
  List<HistoricProcessInstance> page(HistoryService history, int first, int size) {
    return query(history, "SELECT RES.* FROM " + tables.instances() + " RES" + where
        + " ORDER BY RES.START_TIME_ DESC, RES.ID_ DESC").listPage(first, size);
  }

  private FollowedQuery variable(String name, String condition) {
    where.append(" AND EXISTS (SELECT 1 FROM ").append(tables.variables()).append(" V WHERE V.PROC_INST_ID_ = RES.ID_ AND V.NAME_ = ")
        .append(parameter(name)).append(" AND ").append(condition).append(')');
    return this;
  }

  /**
   * The steps each of these nominations waits at, as the engine's {@code getActiveActivityIds} finds them (the
   * activity of every active execution of the instance), for a whole page in one query instead of one engine command
   * per nomination. An instance that has ended has none.
   */
  static Map<String, List<String>> activeSteps(JdbcTemplate jdbc, Tables tables, List<String> processInstanceIds) {
    Map<String, List<String>> steps = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return steps;
    }
    List<Object> arguments = new ArrayList<>(processInstanceIds);
    arguments.add(true);
    jdbc.query("SELECT PROC_INST_ID_, ACT_ID_ FROM " + tables.executions() + " WHERE PROC_INST_ID_ IN ("
        + String.join(", ", Collections.nCopies(processInstanceIds.size(), "?")) + ") AND IS_ACTIVE_ = ?"
        + " AND ACT_ID_ IS NOT NULL ORDER BY PROC_INST_ID_, ID_", (RowCallbackHandler) row ->
        steps.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2)), arguments.toArray());
    return steps;
  }

  /** A placeholder for {@code value}, bound by the driver (never written into the SQL). */
  private String parameter(Object value) {
    String name = "p" + parameters.size();
    parameters.put(name, value);
    return "#{" + name + "}";
  }

  private NativeHistoricProcessInstanceQuery query(HistoryService history, String sql) {
    NativeHistoricProcessInstanceQuery query = history.createNativeHistoricProcessInstanceQuery().sql(sql);
    parameters.forEach(query::parameter);
    return query;
  }
}
