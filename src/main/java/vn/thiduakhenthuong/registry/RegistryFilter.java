package vn.thiduakhenthuong.registry;

import java.util.ArrayList;
import java.util.List;

/** The registry's search criteria (SPEC §7.1); null means any. */
public record RegistryFilter(Integer year, String unitCode, String period, String awardType) {

  String where(List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    add(conditions, arguments, "award_year", year);
    add(conditions, arguments, "LOWER(unit_code)", unitCode == null ? null : unitCode.toLowerCase(java.util.Locale.ROOT));
    add(conditions, arguments, "period", period);
    add(conditions, arguments, "award_type", awardType);
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> arguments, String column, Object value) {
    if (value != null) {
      conditions.add(column + " = ?");
      arguments.add(value);
    }
  }
}
