package vn.thiduakhenthuong.identity;

import java.util.List;

/** Group ids of SPEC §3 (a contract) and their Vietnamese names. */
public final class Groups {

  public static final String UNIT_HEADS = "unitheads";
  public static final String OFFICE = "office";
  public static final String COUNCIL = "council";
  public static final String DIRECTOR = "director";
  public static final String DEPUTY_DIRECTORS = "deputydirectors";
  public static final String PROCESS_OWNERS = "processowners";
  public static final String ADMIN = "camunda-admin";

  /** Group type of the per-unit groups {@code unit<code>}. */
  public static final String TYPE_UNIT = "UNIT";
  public static final String TYPE_ROLE = "WORKFLOW";
  public static final String TYPE_SYSTEM = "SYSTEM";
  public static final String UNIT_PREFIX = "unit";

  record Role(String id, String name, String type) {}

  static final List<Role> ROLES = List.of(
      new Role(UNIT_HEADS, "Thủ trưởng đơn vị", TYPE_ROLE),
      new Role(OFFICE, "Văn phòng Sở", TYPE_ROLE),
      new Role(COUNCIL, "Hội đồng Thi đua - Khen thưởng", TYPE_ROLE),
      new Role(DIRECTOR, "Giám đốc Sở", TYPE_ROLE),
      new Role(DEPUTY_DIRECTORS, "Phó Giám đốc Sở", TYPE_ROLE),
      new Role(PROCESS_OWNERS, "Phụ trách quy trình", TYPE_ROLE),
      new Role(ADMIN, "Quản trị", TYPE_SYSTEM));

  public static String unitGroup(String unitCode) {
    return UNIT_PREFIX + unitCode;
  }

  /** The unit code of a unit's group ({@code unit<code>} of type {@value #TYPE_UNIT}); null for any other group. */
  public static String unitCodeOf(org.camunda.bpm.engine.identity.Group group) {
    String id = group.getId();
    return TYPE_UNIT.equals(group.getType()) && id != null && id.startsWith(UNIT_PREFIX) && id.length() > UNIT_PREFIX.length()
        ? id.substring(UNIT_PREFIX.length()) : null;
  }

  private Groups() {}
}
