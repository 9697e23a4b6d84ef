package vn.thiduakhenthuong.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.thiduakhenthuong.validation.InvalidInputException;

/**
 * Ids of the {@code nomination} process (bpmn/nomination.bpmn) and its enumerations; values travel as
 * Strings, each with the Vietnamese label the forms show.
 */
public final class Nomination {

  public static final String PROCESS_KEY = "nomination";
  public static final String BUSINESS_KEY_PREFIX = "DN";
  public static final String STARTER = "starter";

  public static final String TASK_SUBMIT_DOSSIER = "Task_SubmitDossier";
  public static final String TASK_CHECK_DOSSIER = "Task_CheckDossier";
  public static final String TASK_SUPPLEMENT_DOSSIER = "Task_SupplementDossier";
  public static final String TASK_AWAIT_COUNCIL_RESULT = "Task_AwaitCouncilResult";
  public static final String EVENT_AWAIT_DECISION = "Event_AwaitDecision";
  public static final String EVENT_AWAIT_PROVINCE_DECISION = "Event_AwaitProvinceDecision";
  public static final String BOUNDARY_CHECK_OVERDUE = "BoundaryEvent_CheckOverdue";
  public static final String BOUNDARY_SUPPLEMENT_TIMEOUT = "BoundaryEvent_SupplementTimeout";
  public static final String END_SUPPLEMENT_TIMED_OUT = "EndEvent_SupplementTimedOut";

  public static final String MESSAGE_COUNCIL_RESULT = "CouncilResult";
  public static final String MESSAGE_DECISION_ISSUED = "DecisionIssued";
  public static final String MESSAGE_PROVINCE_DECISION = "ProvinceDecision";
  public static final String MESSAGE_WITHDRAW = "Withdraw";

  /** Working days the Office has to check a dossier, and the unit to supplement it. */
  public static final int CHECK_DAYS = 5;
  public static final int SUPPLEMENT_DAYS = 10;
  public static final int NORMAL_PRIORITY = 50;
  public static final int OVERDUE_PRIORITY = 80;

  public enum Period {
    ANNUAL("Khen thưởng hằng năm"), INTERIM_2025("Sơ kết năm 2025"), FINAL_2030("Tổng kết năm 2030");
    private final String label;
    Period(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum AwardType {
    DIRECTOR_CERTIFICATE("Giấy khen của Giám đốc Sở"),
    PROVINCE_CERTIFICATE("Bằng khen của Chủ tịch UBND tỉnh");
    private final String label;
    AwardType(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum NomineeKind {
    INDIVIDUAL("Cá nhân"), COLLECTIVE("Tập thể");
    private final String label;
    NomineeKind(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum TaskRating {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"), GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"), NOT_COMPLETED("Không hoàn thành nhiệm vụ");
    private final String label;
    TaskRating(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum AchievementBasis {
    MOVEMENT("Thành tích trong phong trào thi đua"), CONSECUTIVE_YEARS("Thành tích nhiều năm liên tục"),
    AD_HOC("Thành tích đột xuất");
    private final String label;
    AchievementBasis(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum SubmitAction {
    SEND("Gửi hồ sơ đến Văn phòng Sở"), CANCEL("Hủy đề nghị");
    private final String label;
    SubmitAction(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum DossierDecision {
    COMPLETE("Hồ sơ đầy đủ"), SUPPLEMENT("Yêu cầu bổ sung hồ sơ"), REJECT("Từ chối đề nghị");
    private final String label;
    DossierDecision(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum Outcome {
    AWARDED, REJECTED, WITHDRAWN, NOT_APPROVED, NOT_AWARDED_BY_PROVINCE
  }

  /** The sơ kết belongs to 2025 and the tổng kết to 2030 (the seed's plan 2021–2030). */
  public static void checkPeriodYear(Period period, int year) {
    if (period == Period.INTERIM_2025 && year != 2025 || period == Period.FINAL_2030 && year != 2030) {
      throw InvalidInputException.of("year", "Năm", "đợt «" + period.label() + "» phải là năm "
          + (period == Period.INTERIM_2025 ? 2025 : 2030) + ".");
    }
  }

  /** Dates the users mean are Vietnamese dates, whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  private Nomination() {}
}
