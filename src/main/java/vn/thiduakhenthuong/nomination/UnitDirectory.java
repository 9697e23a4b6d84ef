package vn.thiduakhenthuong.nomination;

import java.util.SortedMap;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Groups;

/** Which units a user heads: member of {@code unitheads} and of the unit's group {@code unit<code>}. */
@Component
public class UnitDirectory {

  private final IdentityService identity;

  public UnitDirectory(IdentityService identity) {
    this.identity = identity;
  }

  /** The unit's Vietnamese name (its group's name in Admin), for lists and documents. */
  static String nameOf(IdentityService identity, String unitCode) {
    return nameOf(identity.createGroupQuery().groupId(Groups.unitGroup(unitCode)).singleResult(), unitCode);
  }

  /** The unit group's name, or the unit's code when there is no group or it has no name. */
  private static String nameOf(Group group, String unitCode) {
    return group == null || group.getName() == null ? unitCode : group.getName();
  }

  /** Every unit of the directory (groups of type {@code UNIT}), code to name, by code. */
  public SortedMap<String, String> allUnits() {
    SortedMap<String, String> units = new TreeMap<>();
    for (Group group : identity.createGroupQuery().groupType(Groups.TYPE_UNIT).list()) {
      String unit = Groups.unitCodeOf(group);
      if (unit != null) {
        units.put(unit, nameOf(group, unit));
      }
    }
    return units;
  }

  /** The units the user heads, code to name (the code when the group has no name), by code. */
  public SortedMap<String, String> unitsHeadedBy(String userId) {
    return unitsHeadedBy(identity, userId);
  }

  static SortedMap<String, String> unitsHeadedBy(IdentityService identity, String userId) {
    SortedMap<String, String> units = new TreeMap<>();
    boolean unitHead = false;
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      String unit = Groups.unitCodeOf(group);
      if (Groups.UNIT_HEADS.equals(group.getId())) {
        unitHead = true;
      } else if (unit != null) {
        units.put(unit, nameOf(group, unit));
      }
    }
    return unitHead ? units : new TreeMap<>();
  }
}
