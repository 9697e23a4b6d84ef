package vn.thiduakhenthuong.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Ids of the {@code nomination} process (bpmn/nomination.bpmn) and its enumerations, with Vietnamese labels. */
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

  public static final String MESSAGE_COUNCIL_RESULT = "CouncilResult";
  public static final String MESSAGE_DECISION_ISSUED = "DecisionIssued";
  public static final String MESSAGE_PROVINCE_DECISION = "ProvinceDecision";
  public static final String MESSAGE_WITHDRAW = "Withdraw";

  /** Working days the Office has to check a dossier, and the unit to supplement it. */
  public static final int CHECK_DAYS = 5;
  public static final int SUPPLEMENT_DAYS = 10;
  public static final int NORMAL_PRIORITY = 50;
  public static final int OVERDUE_PRIORITY = 80;

  /** An enumeration whose values travel as Strings and are shown with a Vietnamese label. */
  public interface Labelled {
    String name();

    String label();
  }

  public enum Period implements Labelled {
    ANNUAL("Khen thưởng hằng năm"), INTERIM_2025("Sơ kết năm 2025"), FINAL_2030("Tổng kết năm 2030");
    private final String label;
    Period(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum AwardType implements Labelled {
    DIRECTOR_CERTIFICATE("Giấy khen của Giám đốc Sở"),
    PROVINCE_CERTIFICATE("Bằng khen của Chủ tịch UBND tỉnh");
    private final String label;
    AwardType(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum NomineeKind implements Labelled {
    INDIVIDUAL("Cá nhân"), COLLECTIVE("Tập thể");
    private final String label;
    NomineeKind(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum TaskRating implements Labelled {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"), GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"), NOT_COMPLETED("Không hoàn thành nhiệm vụ");
    private final String label;
    TaskRating(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum AchievementBasis implements Labelled {
    MOVEMENT("Thành tích trong phong trào thi đua"), CONSECUTIVE_YEARS("Thành tích nhiều năm liên tục"),
    AD_HOC("Thành tích đột xuất");
    private final String label;
    AchievementBasis(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum SubmitAction implements Labelled {
    SEND("Gửi hồ sơ đến Văn phòng Sở"), CANCEL("Hủy đề nghị");
    private final String label;
    SubmitAction(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum DossierDecision implements Labelled {
    COMPLETE("Hồ sơ đầy đủ"), SUPPLEMENT("Yêu cầu bổ sung hồ sơ"), REJECT("Từ chối đề nghị");
    private final String label;
    DossierDecision(String label) { this.label = label; }
    public String label() { return label; }
  }

  public enum Outcome {
    AWARDED, REJECTED, WITHDRAWN, NOT_APPROVED, NOT_AWARDED_BY_PROVINCE
  }

  /** Dates the users mean are Vietnamese dates, whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  static String valuesOf(Class<? extends Enum<?>> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    return String.join(", ", names);
  }

  private Nomination() {}
}
