package vn.thiduakhenthuong.documents;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Groups;

/**
 * Who may add to a dossier (issue "Dossier documents"): the unit head who proposed the nomination
 * while it is with him or her (sending it, or supplementing it), and the Office while the nomination
 * runs. Read as the system, since the decision rests on the instance's state, not the caller's grants.
 */
@Component
class DossierEditors {

  static final List<String> UNIT_STEPS = List.of("Task_SubmitDossier", "Task_SupplementDossier");

  private final RuntimeService runtime;
  private final IdentityService identity;

  DossierEditors(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
  }

  boolean mayAdd(String businessKey) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      ProcessInstance nomination = runtime.createProcessInstanceQuery().processDefinitionKey("nomination")
          .processInstanceBusinessKey(businessKey).singleResult();
      if (nomination == null) {
        return false;
      }
      if (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.OFFICE)) {
        return true;
      }
      return caller.getUserId().equals(runtime.getVariable(nomination.getId(), "starter"))
          && runtime.getActiveActivityIds(nomination.getId()).stream().anyMatch(UNIT_STEPS::contains);
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
