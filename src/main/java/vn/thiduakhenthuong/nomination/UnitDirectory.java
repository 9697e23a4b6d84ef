package vn.thiduakhenthuong.nomination;

import java.util.Set;
import java.util.TreeSet;
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
  public String nameOf(String unitCode) {
    return nameOf(identity, unitCode);
  }

  static String nameOf(IdentityService identity, String unitCode) {
    Group group = identity.createGroupQuery().groupId(Groups.unitGroup(unitCode)).singleResult();
    return group == null || group.getName() == null ? unitCode : group.getName();
  }

  public Set<String> unitsHeadedBy(String userId) {
    return unitsHeadedBy(identity, userId);
  }

  static Set<String> unitsHeadedBy(IdentityService identity, String userId) {
    Set<String> units = new TreeSet<>();
    boolean unitHead = false;
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      String unit = Groups.unitCodeOf(group);
      if (Groups.UNIT_HEADS.equals(group.getId())) {
        unitHead = true;
      } else if (unit != null) {
        units.add(unit);
      }
    }
    return unitHead ? units : Set.of();
  }
}
