package vn.thiduakhenthuong.registry;

import java.util.ArrayList;
import java.util.List;
import vn.thiduakhenthuong.nomination.NomineeSearch;

/**
 * The registry's search criteria (SPEC §7.1), and a part of the nominee's name ({@code nominee}, with accents or
 * without, in any letter case); null means any.
 */
public record RegistryFilter(Integer year, String unitCode, String period, String awardType, String nominee) {

  public RegistryFilter(Integer year, String unitCode, String period, String awardType) {
    this(year, unitCode, period, awardType, null);
  }

  String where(List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    add(conditions, arguments, "award_year", year);
    add(conditions, arguments, "LOWER(unit_code)", unitCode == null ? null : unitCode.toLowerCase(java.util.Locale.ROOT));
    add(conditions, arguments, "period", period);
    add(conditions, arguments, "award_type", awardType);
    if (nominee != null) {
      conditions.add("nominee_folded LIKE ? ESCAPE '" + NomineeSearch.ESCAPE + "'");
      arguments.add(NomineeSearch.containsPattern(nominee));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> arguments, String column, Object value) {
    if (value != null) {
      conditions.add(column + " = ?");
      arguments.add(value);
    }
  }
}
