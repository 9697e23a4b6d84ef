package vn.thiduakhenthuong.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.thiduakhenthuong.identity.Groups;

/**
 * {@code POST /api/migration/{processKey}?dryRun=true}: moves running instances of older versions to
 * the newest one, step for step (same element ids). The dry run lists which instances can move and,
 * for the others, why not; without it, the movable ones are migrated. Process owners and
 * administrators only.
 */
@RestController
class MigrationController {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;

  MigrationController(ProcessEngine engine) {
    this.repository = engine.getRepositoryService();
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
  }

  record Candidate(String businessKey, int fromVersion, List<String> activities, String reason) {}

  record Report(String processKey, int targetVersion, boolean dryRun, List<Candidate> movable,
      List<Candidate> notMovable, int migrated) {}

  @PostMapping("/api/migration/{processKey}")
  Report migrate(@PathVariable String processKey, @RequestParam(defaultValue = "true") boolean dryRun) {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.PROCESS_OWNERS) && !groups.contains(Groups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ người phụ trách quy trình và quản trị mới được chuyển phiên bản các hồ sơ đang chạy.");
    }
    identity.clearAuthentication();
    try {
      return migrateAsSystem(processKey, dryRun);
    } finally {
      identity.setAuthentication(caller);
    }
  }

  private Report migrateAsSystem(String processKey, boolean dryRun) {
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (target == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có quy trình «" + processKey + "».");
    }
    List<Candidate> movable = new ArrayList<>();
    List<Candidate> notMovable = new ArrayList<>();
    int migrated = 0;
    for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion().asc().list()) {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
      if (source.getId().equals(target.getId()) || running.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
            .build();
      } catch (MigrationPlanValidationException invalid) {
        for (ProcessInstance instance : running) {
          notMovable.add(candidate(instance, source, "hai phiên bản không tương thích: " + invalid.getMessage()));
        }
        continue;
      }
      Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
          .collect(Collectors.toSet());
      List<String> ids = new ArrayList<>();
      for (ProcessInstance instance : running) {
        List<String> unmapped = runtime.getActiveActivityIds(instance.getId()).stream()
            .filter(activity -> !mapped.contains(activity)).toList();
        if (unmapped.isEmpty()) {
          movable.add(candidate(instance, source, null));
          ids.add(instance.getId());
        } else {
          notMovable.add(candidate(instance, source, "đang ở bước " + String.join(", ", unmapped)
              + " không có trong phiên bản " + target.getVersion()));
        }
      }
      if (!dryRun && !ids.isEmpty()) {
        runtime.newMigration(plan).processInstanceIds(ids).execute();
        migrated += ids.size();
      }
    }
    return new Report(processKey, target.getVersion(), dryRun, movable, notMovable, migrated);
  }

  private Candidate candidate(ProcessInstance instance, ProcessDefinition source, String reason) {
    return new Candidate(instance.getBusinessKey(), source.getVersion(), runtime.getActiveActivityIds(instance.getId()),
        reason);
  }
}
