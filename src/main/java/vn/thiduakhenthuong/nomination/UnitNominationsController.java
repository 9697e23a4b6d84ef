package vn.thiduakhenthuong.nomination;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduakhenthuong.documents.ApiErrors;
import vn.thiduakhenthuong.documents.Downloads;
import vn.thiduakhenthuong.documents.Numbers;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.validation.InvalidInputException;

/**
 * «Đề nghị của đơn vị» (static/de-nghi-cua-don-vi/): the nominations the caller follows, newest first, each with where
 * it waits or how it ended, in the words of the process diagram (so a process owner's renaming in Modeler shows here
 * too). A unit head follows the units he heads, and may withdraw their nominations until the Council has voted (SPEC
 * §4.1; Tasklist offers no way to, once the dossier is sent: it is the message {@code Withdraw}, not a task). The
 * Office, the Director, the deputies and administrators follow every unit's («Theo dõi đề nghị khen thưởng»), which
 * nothing else shows them: a nomination waiting for the Council or a decision is nobody's task. Others get 403.
 * The list is narrowed to the units the caller follows by its query itself ({@link FollowedQuery}, a native query, which
 * the engine does not check); everything else is read and done with the caller's own engine authorizations (a unit
 * head's units' tenants).
 */
@RestController
class UnitNominationsController {

  /** The nominations shown at a time; a unit proposes tens a year, the province thousands (paged by firstResult). */
  static final int SHOWN = 100;
  private static final List<String> VARIABLES =
      List.of("nomineeName", "awardType", "year", "decisionNumber", "provinceDecisionNumber", "unitCode");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The nominations whose variables and steps a spreadsheet reads at a time. */
  static final int SPREADSHEET_CHUNK = 500;

  /** One nomination as the page shows it. */
  record Row(String businessKey, String unitName, String nomineeName, String awardType, Object year, String proposedOn,
      boolean open, String where, String decisionNumber, boolean mayWithdraw) {
  }

  /**
   * The page: {@code scope} UNITS (a unit head's own units) or ALL (every unit), its title, the units and award types
   * it may be narrowed to (code to name), how many nominations match ({@code total}), the rows from the
   * {@code firstResult}-th (from 0), at most {@code limit}, and how many the spreadsheet of them may hold.
   */
  record Page(String scope, String title, Map<String, String> units, Map<String, String> awardTypes, long total,
      int firstResult, int limit, int spreadsheetLimit, List<Row> rows) {
  }

  /** A nomination's state the list may be narrowed to: still under way (đang xử lý), or ended (đã kết thúc). */
  enum State { OPEN, ENDED }

  private static final Map<String, String> AWARD_TYPES = Arrays.stream(AwardType.values())
      .collect(Collectors.toMap(AwardType::name, AwardType::label, (a, b) -> a, LinkedHashMap::new));

  /** Who follows every unit's nominations. */
  private static final List<String> FOLLOW_ALL = List.of(Groups.OFFICE, Groups.DIRECTOR, Groups.DEPUTY_DIRECTORS,
      Groups.ADMIN);

  private final HistoryService history;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final FollowedQuery.Tables tables;
  private final JdbcTemplate jdbc;
  private final UnitDirectory unitDirectory;

  private final int spreadsheetLimit;

  UnitNominationsController(ProcessEngine engine, UnitDirectory unitDirectory, JdbcTemplate jdbc,
      @Value("${awards.follow.spreadsheet-limit:10000}") int spreadsheetLimit) {
    this.history = engine.getHistoryService();
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.identity = engine.getIdentityService();
    this.tables = new FollowedQuery.Tables(engine.getManagementService());
    this.jdbc = jdbc;
    this.unitDirectory = unitDirectory;
    this.spreadsheetLimit = spreadsheetLimit;
  }

  /**
   * The nominations the caller follows, newest first, from the {@code firstResult}-th (default 0), at most
   * {@code limit} (default and at most 100), of {@code year}, of unit {@code unitCode}, in {@code state} OPEN or
   * ENDED, of {@code awardType} and whose nominee's name holds {@code nominee} (in any letter case, with accents or
   * without: «nguyen» finds «Nguyễn»), when given; with the count of all that match. A bad value answers 400.
   * Bounded whatever the units hold: one query to count the nominations, one for them, one for their variables, one
   * for the steps the open ones wait at (the diagram, read once per version, names them and says which of them the
   * unit may withdraw from).
   */
  @GetMapping("/api/me/nominations")
  Page list(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String year,
      @RequestParam(required = false) String unitCode, @RequestParam(required = false) String state,
      @RequestParam(required = false) String awardType, @RequestParam(required = false) String nominee,
      @RequestParam(required = false) String firstResult) {
    Criteria criteria = criteria(year, unitCode, state, awardType, nominee);
    int first = ApiErrors.position(firstResult, "firstResult", "Vị trí bắt đầu", 0);
    int size = Math.max(1, Math.min(limit, SHOWN));
    long total = criteria.query().count(history);
    List<HistoricProcessInstance> instances = criteria.query().page(history, first, size);
    Scope scope = criteria.follower().scope();
    return new Page(scope.scope(), scope.title(), criteria.units(), AWARD_TYPES, total, first, size, spreadsheetLimit,
        rows(instances, criteria.units(), criteria.follower().headed()));
  }

  /**
   * The same nominations as the list, all of them (newest first), as a spreadsheet the Office can file or send on:
   * «Tải Excel (.xlsx)» on the page. More than {@code awards.follow.spreadsheet-limit} (10,000) answer 400, asking for
   * a year, a unit or a state: the rows are read in one query and written {@value #SPREADSHEET_CHUNK} at a time.
   */
  @GetMapping("/api/me/nominations.xlsx")
  void spreadsheet(@RequestParam(required = false) String year, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String state, @RequestParam(required = false) String awardType,
      @RequestParam(required = false) String nominee, HttpServletResponse response) throws IOException {
    Criteria criteria = criteria(year, unitCode, state, awardType, nominee);
    List<HistoricProcessInstance> instances = criteria.query().page(history, 0, spreadsheetLimit + 1);
    if (instances.size() > spreadsheetLimit) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Có " + Numbers.grouped(criteria.query().count(history))
          + " đề nghị khớp với các điều kiện đã chọn; mỗi bảng tính chỉ xuất tối đa " + Numbers.grouped(spreadsheetLimit)
          + " đề nghị. Hãy chọn năm, đơn vị, tình trạng hoặc hình thức khen thưởng để thu hẹp danh sách.");
    }
    response.setContentType(FollowedSpreadsheet.CONTENT_TYPE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        Downloads.attachment("de-nghi-khen-thuong" + (criteria.year() == null ? "" : "-" + criteria.year()) + ".xlsx"));
    String title = (criteria.follower().all() ? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" : "ĐỀ NGHỊ KHEN THƯỞNG CỦA ĐƠN VỊ")
        + criteria.description();
    FollowedSpreadsheet.write(title, out -> {
      for (int from = 0; from < instances.size(); from += SPREADSHEET_CHUNK) {
        List<HistoricProcessInstance> chunk =
            instances.subList(from, Math.min(instances.size(), from + SPREADSHEET_CHUNK));
        List<Row> rows = rows(chunk, criteria.units(), criteria.follower().headed());
        for (int i = 0; i < rows.size(); i++) {
          out.accept(rows.get(i), chunk.get(i).getStartTime().toInstant().atZone(Nomination.ZONE).toLocalDate());
        }
      }
    }, response.getOutputStream());
  }

  /**
   * The list's conditions, checked (a bad value answers 400), as the query of the nominations they match; the units
   * the caller follows; and the conditions in words, for a spreadsheet's title.
   */
  private record Criteria(Follower follower, SortedMap<String, String> units, FollowedQuery query, Integer year,
      String description) {
  }

  private Criteria criteria(String year, String unitCode, String state, String awardType, String nominee) {
    Follower follower = follower();
    boolean all = follower.all();
    SortedMap<String, String> headed = follower.headed();
    SortedMap<String, String> units = all ? unitDirectory.allUnits() : headed;
    FollowedQuery query = new FollowedQuery(tables, Nomination.PROCESS_KEY);
    StringBuilder description = new StringBuilder();
    if (unitCode != null && !unitCode.isBlank()) {
      if (!units.containsKey(unitCode)) {
        throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Đơn vị «" + ApiErrors.shown(unitCode) + "» không có trong danh sách đơn vị "
            + "anh/chị theo dõi (" + String.join(", ", units.keySet()) + ").");
      }
      query.tenantIn(List.of(unitCode));
    } else if (!all) {
      query.tenantIn(headed.keySet());
    }
    Integer chosenYear = ApiErrors.year(year, NominationFields.FIRST_YEAR, NominationFields.LAST_YEAR);
    State chosenState = ApiErrors.oneOf(state, "state", "Tình trạng", State.class);
    AwardType chosenAward = ApiErrors.oneOf(awardType, "awardType", "Hình thức khen thưởng", AwardType.class);
    String namePart = ApiErrors.namePart(nominee);
    if (chosenYear != null) {
      query.variableEquals(NominationFields.YEAR, chosenYear);
      description.append(" – năm ").append(chosenYear);
    }
    if (unitCode != null && !unitCode.isBlank()) {
      description.append(" – ").append(units.get(unitCode));
    }
    if (chosenState != null) {
      query.open(chosenState == State.OPEN);
      description.append(chosenState == State.OPEN ? " – đang xử lý" : " – đã kết thúc");
    }
    if (chosenAward != null) {
      query.variableEquals(NominationFields.AWARD_TYPE, chosenAward.name());
      description.append(" – ").append(chosenAward.label());
    }
    if (namePart != null) {
      query.nomineeContains(namePart);
      description.append(" – tên có «").append(namePart).append('»');
    }
    return new Criteria(follower, units, query, chosenYear, description.toString());
  }

  /**
   * What the caller follows, {@code scope} and {@code title} as the list answers them, without reading any nomination:
   * Tasklist's header asks on every load whether to show the link, and what to call it. Others get 403, as the list.
   */
  @GetMapping("/api/me/nominations/scope")
  Scope scope() {
    return follower().scope();
  }

  /** Who follows what: every unit's nominations ({@code all}), or those of the units he heads. */
  private record Follower(boolean all, SortedMap<String, String> headed) {

    Scope scope() {
      return all ? new Scope("ALL", "Theo dõi đề nghị khen thưởng")
          : new Scope("UNITS", "Đề nghị khen thưởng của đơn vị");
    }
  }

  /** {@code scope} UNITS or ALL, and the page's title. */
  record Scope(String scope, String title) {
  }

  /** The caller as a follower of nominations; 403 for whoever heads no unit and is not of {@link #FOLLOW_ALL}. */
  private Follower follower() {
    Authentication caller = identity.getCurrentAuthentication();
    SortedMap<String, String> headed = UnitDirectory.unitsHeadedBy(identity, caller.getUserId());
    boolean all = FOLLOW_ALL.stream().anyMatch(group -> Callers.isMember(identity, caller, group));
    if (!all && headed.isEmpty()) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Trang «Đề nghị của đơn vị» dành cho thủ trưởng đơn vị, "
          + "Văn phòng Sở và Lãnh đạo Sở.");
    }
    return new Follower(all, headed);
  }

  private List<Row> rows(List<HistoricProcessInstance> instances, Map<String, String> units,
      Map<String, String> headed) {
    if (instances.isEmpty()) {
      return List.of();
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(VARIABLES.toArray(String[]::new)).disableBinaryFetching().list()) {
      variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    Map<String, List<String>> steps = FollowedQuery.activeSteps(jdbc, tables, instances.stream()
        .filter(instance -> instance.getEndTime() == null).map(HistoricProcessInstance::getId).toList());
    Map<String, Diagram> diagrams = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      Diagram diagram = diagrams.computeIfAbsent(instance.getProcessDefinitionId(), Diagram::new);
      boolean open = instance.getEndTime() == null;
      List<String> waitingAt = steps.getOrDefault(instance.getId(), List.of());
      String where = !open ? diagram.ending(instance) : waitingAt.isEmpty() ? "Đang chuyển bước"
          : waitingAt.stream().map(diagram::name).filter(name -> name != null).distinct().collect(Collectors.joining("; "));
      Object decision = values.getOrDefault("decisionNumber", values.get("provinceDecisionNumber"));
      // a nomination started before units had tenants, until migration 8 gave its history one: its unitCode
      String unit = instance.getTenantId() != null ? instance.getTenantId() : (String) values.get("unitCode");
      boolean ownUnit = unit != null && headed.containsKey(unit);
      rows.add(new Row(instance.getBusinessKey(), unit == null ? null : units.getOrDefault(unit, unit),
          (String) values.get("nomineeName"), awardLabel(values.get("awardType")), values.get("year"),
          DAY.format(instance.getStartTime().toInstant().atZone(Nomination.ZONE)), open, where,
          decision == null ? null : decision.toString(),
          ownUnit && open && waitingAt.stream().anyMatch(diagram::withdrawable)));
    }
    return rows;
  }

  /** The steps an open nomination waits at; none when it ended since it was read. */
  private List<String> activeSteps(String processInstanceId) {
    try {
      return runtime.getActiveActivityIds(processInstanceId);
    } catch (ProcessEngineException ended) {
      return List.of();
    }
  }

  /** One version of the nomination's diagram: its steps' and end events' names, and where Withdraw is awaited. */
  private final class Diagram {

    private final BpmnModelInstance model;
    private final Set<String> withdrawable;

    Diagram(String processDefinitionId) {
      this.model = repository.getBpmnModelInstance(processDefinitionId);
      this.withdrawable = model.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(boundary -> boundary.getEventDefinitions().stream().anyMatch(definition ->
              definition instanceof MessageEventDefinition message && message.getMessage() != null
                  && Nomination.MESSAGE_WITHDRAW.equals(message.getMessage().getName())))
          .map(boundary -> boundary.getAttachedTo().getId()).collect(Collectors.toSet());
    }

    String name(String elementId) {
      FlowElement element = model.getModelElementById(elementId);
      return element == null ? null : element.getName();
    }

    boolean withdrawable(String activityId) {
      return withdrawable.contains(activityId);
    }

    /** How an ended nomination ended: its end event's name. */
    String ending(HistoricProcessInstance instance) {
      String name = instance.getEndActivityId() == null ? null : name(instance.getEndActivityId());
      return name == null ? "Đã kết thúc (quản trị hệ thống dừng quy trình)" : name;
    }
  }

  @PostMapping("/api/me/nominations/{businessKey}/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable String businessKey) {
    SortedMap<String, String> units = headedUnits();
    HistoricProcessInstance nomination = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Nomination.PROCESS_KEY).processInstanceBusinessKey(businessKey)
        .tenantIdIn(units.keySet().toArray(String[]::new)).singleResult();
    if (nomination == null) {
      throw ApiErrors.status(HttpStatus.NOT_FOUND, "Không tìm thấy đề nghị «" + businessKey + "» của đơn vị do anh/chị "
          + "làm thủ trưởng.");
    }
    // the same rule as the list's mayWithdraw: a step the diagram lets the unit withdraw from
    Diagram diagram = new Diagram(nomination.getProcessDefinitionId());
    if (nomination.getEndTime() != null || activeSteps(nomination.getId()).stream().noneMatch(diagram::withdrawable)) {
      throw ApiErrors.status(HttpStatus.CONFLICT, "Đề nghị «" + businessKey + "» không còn rút được: "
          + (nomination.getEndTime() == null ? "Hội đồng đã biểu quyết." : "đề nghị đã kết thúc."));
    }
    try {
      runtime.createMessageCorrelation(Nomination.MESSAGE_WITHDRAW).processInstanceId(nomination.getId()).correlate();
    } catch (InvalidInputException refused) {
      // the engine's own refusal (ValidationErrorPlugin), e.g. the Council voting at this moment
      throw ApiErrors.status(HttpStatus.CONFLICT, refused.getMessage());
    } catch (AuthorizationException notAllowed) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Anh/chị không có quyền rút đề nghị «" + businessKey + "».");
    }
    return ResponseEntity.noContent().build();
  }

  private SortedMap<String, String> headedUnits() {
    SortedMap<String, String> units =
        UnitDirectory.unitsHeadedBy(identity, identity.getCurrentAuthentication().getUserId());
    if (units.isEmpty()) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Trang «Đề nghị của đơn vị» dành cho thủ trưởng đơn vị.");
    }
    return units;
  }

  private static String awardLabel(Object awardType) {
    try {
      return awardType == null ? null : AwardType.valueOf(awardType.toString()).label();
    } catch (IllegalArgumentException unknown) {
      return awardType.toString();
    }
  }
}
