package vn.thiduakhenthuong.nomination;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;

/**
 * The nominations «Đề nghị của đơn vị» / «Theo dõi đề nghị» lists, in SQL on the engine's history tables through the
 * engine's native query, which answers the engine's own {@link HistoricProcessInstance}s. The engine's query compares
 * a variable's text with its accents ({@code UPPER(TEXT_) LIKE UPPER(?)}): «nguyen» would not find «Nguyễn», and
 * Vietnamese users often type without accents (no input method at hand, a phone, haste). Here the name and the text
 * looked for are both folded to plain letters, so «nguyen», «NGUYEN» and «Nguyễn» find «Nguyễn» (and «Nguyên»).
 *
 * <p>A native query runs no authorization or tenant check of the engine: the caller narrows it to the units he
 * follows ({@link #tenantIn}). The columns are those of the engine's documented schema ({@code ACT_HI_PROCINST},
 * {@code ACT_HI_VARINST}), the table names the engine's own (with its table prefix, if any). Each variable condition
 * is a subquery by the instance's id on the engine's index of {@code ACT_HI_VARINST.PROC_INST_ID_}.
 */
final class FollowedQuery {

  /** Every letter with a mark that folds to a plain letter (Vietnamese, and the other Latin letters), and its fold. */
  static final String MARKED;
  static final String PLAIN;

  static {
    StringBuilder marked = new StringBuilder("đĐ");
    StringBuilder plain = new StringBuilder("dD");
    for (char letter = '\u00C0'; letter <= '\u1EFF'; letter++) {
      if (Character.isLetter(letter) && (letter <= '\u024F' || letter >= '\u1E00')) {
        String base = Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (base.length() == 1 && base.charAt(0) < 128 && Character.isLetter(base.charAt(0))) {
          marked.append(letter);
          plain.append(base);
        }
      }
    }
    MARKED = marked.toString();
    PLAIN = plain.toString();
  }

  /** The escape character of our LIKE patterns: one character on every database, unlike the backslash. */
  private static final char ESCAPE = '!';

  private final Tables tables;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** The engine's names of its history tables, asked once: the engine answers them to administrators only. */
  record Tables(String instances, String variables) {

    Tables(ManagementService management) {
      this(management.getTableName(HistoricProcessInstance.class),
          management.getTableName(HistoricVariableInstance.class));
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

  /** Only those whose text variable {@code name} holds {@code part}, in any letter case, with accents or without. */
  FollowedQuery variableContainsFolded(String name, String part) {
    String pattern = "%" + fold(part).replace(String.valueOf(ESCAPE), ESCAPE + "" + ESCAPE)
        .replace("%", ESCAPE + "%").replace("_", ESCAPE + "_") + "%";
    return variable(name, "UPPER(TRANSLATE(V.TEXT_, " + parameter(MARKED) + ", " + parameter(PLAIN) + ")) LIKE "
        + parameter(pattern) + " ESCAPE '" + ESCAPE + "'");
  }

  long count(HistoryService history) {
    return query(history, "SELECT COUNT(*) FROM " + tables.instances() + " RES" + where).count();
  }

  /** Newest first, from the {@code first}-th (from 0), at most {@code size}. */
  List<HistoricProcessInstance> page(HistoryService history, int first, int size) {
    return query(history, "SELECT RES.* FROM " + tables.instances() + " RES" + where
        + " ORDER BY RES.START_TIME_ DESC, RES.ID_ DESC").listPage(first, size);
  }

  /**
   * {@code text} as the query compares it: in capitals, with no marks (accents as one letter or as combining marks,
   * đ as d), as {@link #MARKED} and {@link #PLAIN} fold a stored name.
   */
  static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D');
    return plain.toUpperCase(Locale.ROOT);
  }

  private FollowedQuery variable(String name, String condition) {
    where.append(" AND EXISTS (SELECT 1 FROM ").append(tables.variables()).append(" V WHERE V.PROC_INST_ID_ = RES.ID_ AND V.NAME_ = ")
        .append(parameter(name)).append(" AND ").append(condition).append(')');
    return this;
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
