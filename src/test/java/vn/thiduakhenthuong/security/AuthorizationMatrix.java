package vn.thiduakhenthuong.security;

import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.ADMIN;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.DIRECTOR;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.DEPUTY;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.OFFICE;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.OTHER_UNIT_HEAD;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.PROCESS_OWNER;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.SECRETARY;
import static vn.thiduakhenthuong.security.AuthorizationMatrix.Role.UNIT_HEAD;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each role of SPEC §3 may do, one row per action: the single source of the README's table
 * (AuthorizationMatrixReadmeTests) and of the expectations checked against the running app
 * (AuthorizationMatrixTests). Each row names the SPEC rule it comes from.
 */
final class AuthorizationMatrix {

  enum Verdict { ALLOW, DENY }

  /** One demo user per role; the nomination probed is proposed by {@code tpqldd} (unit qldd). */
  enum Role {
    UNIT_HEAD("tpqldd", "unit head, own unit"),
    OTHER_UNIT_HEAD("tptnn", "unit head, other unit"),
    OFFICE("chuyenvien", "Office"),
    SECRETARY("chanhvp", "Office chief, secretary"),
    COUNCIL("ctcd", "Council member"),
    DIRECTOR("giamdoc", "Director"),
    DEPUTY("phogiamdoc", "deputy director"),
    PROCESS_OWNER("quytrinh", "process owner"),
    ADMIN("admin", "administrator"),
    ANONYMOUS(null, "anonymous");

    final String user;
    final String label;

    Role(String user, String label) {
      this.user = user;
      this.label = label;
    }

    /** "user:password" for RestClient, or null for anonymous calls. */
    String credentials() {
      return user == null ? null : user + ":demo";
    }
  }

  private static final Set<Role> FOLLOW_NOMINATION = EnumSet.of(UNIT_HEAD, OFFICE, SECRETARY, DIRECTOR, DEPUTY, ADMIN);
  private static final Set<Role> OFFICE_AND_ADMIN = EnumSet.of(OFFICE, SECRETARY, ADMIN);
  private static final String SEES = "unit head sees own unit's only; Office sees every one; Director follows";

  /**
   * In the order the test runs them: a ballot is looked at, then cast, then searched for. The steps of
   * the Office are not personal: the administrator may do them too (SPEC §3: {@code camunda-admin} has
   * everything), unlike a unit head's dossier, a member's ballot or a signature.
   */
  enum Action {
    START_NOMINATION("start `nomination`", "a unit head starts `nomination` (for a unit he or she heads)",
        EnumSet.of(UNIT_HEAD, OTHER_UNIT_HEAD, SECRETARY)),
    START_COUNCIL_SESSION("start `council-session`", "`office` starts `council-session`", OFFICE_AND_ADMIN),
    START_AWARD_DECISION("start `award-decision`", "`office` starts `award-decision`", OFFICE_AND_ADMIN),
    START_PROVINCE_SUBMISSION("start `province-submission`", "`office` starts `province-submission`",
        OFFICE_AND_ADMIN),
    SEE_NOMINATION("see the nomination (process instance)", SEES, FOLLOW_NOMINATION),
    SEE_NOMINATION_TASKS("see the nomination's open task", "the task is the unit head's; Office sees every one",
        EnumSet.of(UNIT_HEAD, OFFICE, SECRETARY, ADMIN)),
    READ_VARIABLES("read the nomination's variables", SEES, FOLLOW_NOMINATION),
    READ_HISTORY("read the nomination's history", SEES, FOLLOW_NOMINATION),
    LIST_DOCUMENTS("list the nomination's documents", "those who may see the nomination (§6)", FOLLOW_NOMINATION),
    DOWNLOAD_DOCUMENT("download a document of it", "those who may see the nomination (§6)", FOLLOW_NOMINATION),
    REMOVE_DOCUMENT("remove a file of its dossier", "who uploaded it, while the dossier is with him or her",
        EnumSet.of(UNIT_HEAD)),
    COMPLETE_SUBMIT_DOSSIER("complete `Task_SubmitDossier`", "assigned to the proposing unit head (§4.1)",
        EnumSet.of(UNIT_HEAD, ADMIN)),
    COMPLETE_CHECK_DOSSIER("complete `Task_CheckDossier`", "`office` checks dossiers (§4.1)", OFFICE_AND_ADMIN),
    COMPLETE_SUPPLEMENT_DOSSIER("complete `Task_SupplementDossier`", "assigned to the proposing unit head (§4.1)",
        EnumSet.of(UNIT_HEAD, ADMIN)),
    COMPLETE_CONFIRM_AGENDA("complete `Task_ConfirmAgenda`", "`office` picks the session's agenda (§4.2)",
        OFFICE_AND_ADMIN),
    SEE_BALLOT_TASK("see `tpqldd`'s ballot task", "a Council member sees the own ballot tasks; Office convenes",
        EnumSet.of(UNIT_HEAD, OFFICE, SECRETARY, ADMIN)),
    CHANGE_BALLOT_TASK("change `tpqldd`'s ballot task (its follow-up date)", "the Office, who convenes the session; "
        + "the member votes on it, and reassigns or reschedules nothing", OFFICE_AND_ADMIN),
    CAST_BALLOT("cast `tpqldd`'s ballot", "only the member the ballot is for votes", EnumSet.of(UNIT_HEAD)),
    SEE_HOW_MEMBER_VOTED("read how `tpqldd` voted", "nobody but the voter sees how a member voted",
        EnumSet.noneOf(Role.class)),
    COMPLETE_DECIDE_NO_QUORUM("complete `Task_DecideNoQuorum`", "`office` reopens or closes a session without "
        + "quorum (§4.2)", OFFICE_AND_ADMIN),
    COMPLETE_CONFIRM_MINUTES("complete `Task_ConfirmMinutes`", "the secretary, group `office`, confirms the minutes "
        + "(§4.2)", OFFICE_AND_ADMIN),
    COMPLETE_PREPARE_DECISION("complete `Task_PrepareDecision`", "`office` picks the recipients (§4.3)",
        OFFICE_AND_ADMIN),
    READ_DRAFT("read the decision's draft PDF (`/api/batches/{id}/draft`)", "those who may see the decision: "
        + "the Office prepares it, the Director and the deputies sign", EnumSet.of(OFFICE, SECRETARY, DIRECTOR, DEPUTY, ADMIN)),
    SIGN_DECISION("complete `Task_SignDecision`", "`director` signs (deputies only when allowed)",
        EnumSet.of(DIRECTOR)),
    SIGN_DECISION_DEPUTY_MAY_SIGN("complete `Task_SignDecision` with `awards.signing.deputy-may-sign=true`",
        "`director` and `deputydirectors` sign", EnumSet.of(DIRECTOR, DEPUTY)),
    COMPLETE_PREPARE_SUBMISSION("complete `Task_PrepareSubmission`", "`office` picks the nominees (§4.4)",
        OFFICE_AND_ADMIN),
    SIGN_SUBMISSION("complete `Task_SignSubmission`", "`director` signs (deputies only when allowed)",
        EnumSet.of(DIRECTOR)),
    COMPLETE_SEND_TO_PROVINCE("complete `Task_SendToProvince`", "`office` records when and how it was sent (§4.4)",
        OFFICE_AND_ADMIN),
    COMPLETE_RECORD_PROVINCE_DECISION("complete `Task_RecordProvinceDecision`", "`office` records the province's "
        + "decision (§4.4)", OFFICE_AND_ADMIN),
    CORRELATE_WITHDRAW("correlate `Withdraw`", "by the starting unit's head (§4.5)", EnumSet.of(UNIT_HEAD, ADMIN)),
    CORRELATE_COUNCIL_RESULT("correlate `CouncilResult`", "sent by the Council session (§4.2)", EnumSet.of(ADMIN)),
    CORRELATE_DECISION_ISSUED("correlate `DecisionIssued`", "sent by the signed decision (§4.3)", EnumSet.of(ADMIN)),
    CORRELATE_PROVINCE_DECISION("correlate `ProvinceDecision`", "sent by the recorded province decision (§4.4)",
        EnumSet.of(ADMIN)),
    FOLLOW_ON_UNIT_PAGE("see it on «Đề nghị của đơn vị» / «Theo dõi đề nghị» (`/api/me/nominations`, its `.xlsx`)", SEES,
        FOLLOW_NOMINATION),
    WITHDRAW_ON_UNIT_PAGE("withdraw it there (`/api/me/nominations/{key}/withdraw`)",
        "by the starting unit's head (§4.1); an administrator sends `Withdraw` itself", EnumSet.of(UNIT_HEAD)),
    READ_REGISTRY("read the registry (`/api/registry`)", "the Office lists and exports it (§7)", OFFICE_AND_ADMIN),
    DEPLOY("deploy (`/engine-rest/deployment/create`)", "`processowners` deploy new versions through REST",
        EnumSet.of(PROCESS_OWNER, ADMIN));

    final String label;
    final String rule;
    final Set<Role> allowed;

    Action(String label, String rule, Set<Role> allowed) {
      this.label = label;
      this.rule = rule;
      this.allowed = allowed;
    }

    Verdict expected(Role role) {
      return allowed.contains(role) ? Verdict.ALLOW : Verdict.DENY;
    }
  }

  /** The actions played with {@code awards.signing.deputy-may-sign=true}, by AuthorizationMatrixDeputyTests. */
  static Set<Action> deputyMaySign() {
    return EnumSet.of(Action.SIGN_DECISION_DEPUTY_MAY_SIGN);
  }

  /** The README's table, generated. */
  static String markdown() {
    return table(action -> Stream.of(Role.values()).map(role -> action.expected(role) == Verdict.ALLOW ? "✅" : "—"));
  }

  static String table(Function<Action, Stream<String>> cells) {
    return table(Set.of(Action.values()), cells);
  }

  static String table(Set<Action> actions, Function<Action, Stream<String>> cells) {
    StringBuilder table = new StringBuilder("| action | SPEC §3 rule |");
    for (Role role : Role.values()) {
      table.append(' ').append(role.user == null ? role.label : "`" + role.user + "` " + role.label).append(" |");
    }
    table.append("\n|---|---|").append("---|".repeat(Role.values().length)).append('\n');
    for (Action action : Action.values()) {
      if (!actions.contains(action)) {
        continue;
      }
      table.append("| ").append(action.label).append(" | ").append(action.rule).append(" | ")
          .append(cells.apply(action).collect(Collectors.joining(" | "))).append(" |\n");
    }
    return table.toString();
  }

  private AuthorizationMatrix() {}
}
