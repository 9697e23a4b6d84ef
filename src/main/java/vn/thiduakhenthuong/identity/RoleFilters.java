package vn.thiduakhenthuong.identity;

import static vn.thiduakhenthuong.identity.Groups.COUNCIL;
import static vn.thiduakhenthuong.identity.Groups.DEPUTY_DIRECTORS;
import static vn.thiduakhenthuong.identity.Groups.DIRECTOR;
import static vn.thiduakhenthuong.identity.Groups.OFFICE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.thiduakhenthuong.council.Council;

/**
 * Tasklist filters per role, in Vietnamese; created once, found by name on later starts. Each spec's
 * query has a version, stored with the filter as {@code queryVersion} (none: 1); a filter older than its
 * spec gets the spec's query once, and an administrator's later edit stays. Versions:
 * <ul>
 * <li>2: «Việc của tôi», «Việc của nhóm» and «Phiếu biểu quyết» list the newest first (create time), so
 * that PostgreSQL reads the first page along the engine's index on the create time instead of sorting
 * every matching task;
 * <li>3: «Phiếu biểu quyết» lists ballots ({@code Task_CastBallot})
 * only, which PostgreSQL finds from an index on the assignee and the step instead of reading every task
 * of the member (README, "Performance").
 * </ul>
 */
class RoleFilters {

  static final String QUERY_VERSION_PROPERTY = "queryVersion";

  private record Spec(String name, String description, int priority, String color, int version,
      Function<TaskQuery, TaskQuery> query, List<String> groups) {}

  private final ProcessEngine engine;

  RoleFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  static List<Spec> specs() {
    return List.of(
        new Spec("Việc của tôi", "Các việc đang giao cho tôi", -10, "#1b5e20", 2,
            q -> q.taskAssigneeExpression("${currentUser()}").orderByTaskCreateTime().desc(),
            RoleSetup.TASKLIST_USERS),
        new Spec("Việc của nhóm", "Việc chưa ai nhận của các nhóm tôi thuộc", -5, "#0d47a1", 2,
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").orderByTaskCreateTime().desc(),
            RoleSetup.TASKLIST_USERS),
        new Spec("Quá hạn", "Việc của Văn phòng Sở đã quá hạn xử lý", 0, "#b71c1c", 1,
            q -> q.taskCandidateGroup(OFFICE).includeAssignedTasks().dueBeforeExpression("${now()}")
                .orderByDueDate().asc(),
            List.of(OFFICE)),
        new Spec("Phiếu biểu quyết", "Phiếu biểu quyết của tôi trong các phiên họp Hội đồng", 5, "#4a148c", 3,
            q -> q.taskAssigneeExpression("${currentUser()}").processDefinitionKey(ProcessKeys.COUNCIL_SESSION)
                .taskDefinitionKey(Council.TASK_CAST_BALLOT).orderByTaskCreateTime().desc(),
            List.of(COUNCIL)),
        new Spec("Chờ ký", "Quyết định và tờ trình chờ Lãnh đạo Sở ký", 5, "#e65100", 1,
            q -> q.taskCandidateGroupIn(List.of(DIRECTOR, DEPUTY_DIRECTORS)).includeAssignedTasks()
                .processDefinitionKeyIn(ProcessKeys.AWARD_DECISION, ProcessKeys.PROVINCE_SUBMISSION)
                .orderByTaskCreateTime().asc(),
            List.of(DIRECTOR, DEPUTY_DIRECTORS)));
  }

  /** The filters' names, which identify them here and which users read in Tasklist (the user guide names them). */
  static List<String> names() {
    return specs().stream().map(Spec::name).toList();
  }

  void create() {
    TaskService tasks = engine.getTaskService();
    Grants grants = new Grants(engine.getAuthorizationService());
    for (Spec spec : specs()) {
      Filter filter = engine.getFilterService().createFilterQuery().filterName(spec.name()).singleResult();
      if (filter == null) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", spec.description());
        properties.put("priority", spec.priority());
        properties.put("color", spec.color());
        properties.put("refresh", true);
        properties.put("variables", List.of(
            Map.of("name", "nomineeName", "label", "Đề nghị khen thưởng cho"),
            Map.of("name", "unitName", "label", "Đơn vị")));
        properties.put(QUERY_VERSION_PROPERTY, spec.version());
        filter = engine.getFilterService().newTaskFilter(spec.name())
            .setProperties(properties)
            .setQuery(spec.query().apply(tasks.createTaskQuery()));
        engine.getFilterService().saveFilter(filter);
      } else if (queryVersion(filter) < spec.version()) {
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put(QUERY_VERSION_PROPERTY, spec.version());
        filter.setProperties(properties);
        filter.setQuery(spec.query().apply(tasks.createTaskQuery()));
        engine.getFilterService().saveFilter(filter);
      }
      for (String group : spec.groups()) {
        grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  static int queryVersion(Filter filter) {
    Object version = filter.getProperties() == null ? null : filter.getProperties().get(QUERY_VERSION_PROPERTY);
    return version instanceof Number number ? number.intValue() : 1;
  }
}
