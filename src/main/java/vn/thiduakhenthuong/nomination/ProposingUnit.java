package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.validation.InvalidInputException;

/**
 * The steps that belong to the proposing unit (sending and supplementing the dossier): the Office
 * may work on the nomination's tasks (it checks dossiers) but must not send, supplement or drop a
 * unit's proposal in its place. Only a member of the nomination's unit, or an administrator.
 */
final class ProposingUnit {

  private ProposingUnit() {}

  static void requireMember(DelegateTask task, String field) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    if (Callers.isSystemOrAdministrator(identity)) {
      return;
    }
    String unitGroup = Groups.unitGroup(UnitVisibility.unitOf(task.getProcessInstanceId()));
    if (!Callers.isMember(identity, identity.getCurrentAuthentication(), unitGroup)) {
      throw new InvalidInputException(field, "Chỉ thủ trưởng đơn vị đề nghị mới được gửi, bổ sung hoặc rút hồ sơ "
          + "này; Văn phòng Sở xem xét hồ sơ ở bước kiểm tra.");
    }
  }
}
