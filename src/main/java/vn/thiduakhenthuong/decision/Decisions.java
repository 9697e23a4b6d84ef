package vn.thiduakhenthuong.decision;

import vn.thiduakhenthuong.documents.Numbers;
import vn.thiduakhenthuong.identity.ProcessKeys;

/**
 * Ids of {@code award-decision} (bpmn/award-decision.bpmn) and {@code province-submission}
 * (bpmn/province-submission.bpmn), which share their first steps: collect the approved nominations,
 * the Office prepares, the Director signs or returns. Each instance is a batch with business key
 * {@code GK-<year>-<seq>} (Giấy khen) or {@code BK-<year>-<seq>} (Bằng khen).
 */
public final class Decisions {

  public static final String DECISION_PROCESS = ProcessKeys.AWARD_DECISION;
  public static final String SUBMISSION_PROCESS = ProcessKeys.PROVINCE_SUBMISSION;
  public static final String DECISION_PREFIX = "GK";
  public static final String SUBMISSION_PREFIX = "BK";

  public static final String TASK_PREPARE_DECISION = "Task_PrepareDecision";
  public static final String TASK_SIGN_DECISION = "Task_SignDecision";
  public static final String TASK_PREPARE_SUBMISSION = "Task_PrepareSubmission";
  public static final String TASK_SIGN_SUBMISSION = "Task_SignSubmission";
  public static final String TASK_SEND_TO_PROVINCE = "Task_SendToProvince";
  public static final String TASK_RECORD_PROVINCE_DECISION = "Task_RecordProvinceDecision";
  public static final String BOUNDARY_PROVINCE_REMINDER = "BoundaryEvent_ProvinceReminder";
  public static final String BOUNDARY_SIGN_WAITING = "BoundaryEvent_SignWaiting";

  /** Counter names of {@code award_counter}: numbers restart at 1 each calendar year. */
  public static final String DECISION_COUNTER = "QD";
  public static final String SUBMISSION_COUNTER = "TTR";

  public static final String BATCH_ID = "batchId";
  public static final String PERIOD = "period";
  public static final String YEAR = "year";
  public static final String CANDIDATES = "candidateNominations";
  public static final String CANDIDATE_COUNT = "candidateCount";
  public static final String DECISION_CHOICE = "decisionNominations";
  public static final String DECISION_SUMMARY = "decisionSummary";
  public static final String SUBMISSION_CHOICE = "submissionNominations";
  public static final String SUBMISSION_OPTIONS = "submissionOptions";
  public static final String RECIPIENTS = "recipients";
  public static final String RECIPIENT_COUNT = "recipientCount";
  public static final String PRIZE_TOTAL = "prizeTotal";
  public static final String PRIZE_TOTAL_TEXT = "prizeTotalText";
  public static final String SIGN_ACTION = "signAction";
  public static final String SIGN_COMMENT = "signComment";
  public static final String SIGNER_ID = "signerId";
  public static final String SIGNED_AS_DEPUTY = "signedAsDeputy";
  public static final String DECISION_NUMBER = "decisionNumber";
  public static final String DECISION_DATE = "decisionDate";
  public static final String SUBMISSION_NUMBER = "provinceSubmissionNumber";
  public static final String SUBMISSION_DATE = "provinceSubmissionDate";
  public static final String DOCUMENT_ID = "documentId";
  public static final String DOCUMENT_LINK = "documentLink";
  public static final String SENT_DATE = "sentDate";
  public static final String SENT_REFERENCE = "sentReference";
  public static final String PROVINCE_DECISION_NUMBER = "provinceDecisionNumber";
  public static final String PROVINCE_DECISION_DATE = "provinceDecisionDate";
  public static final String PROVINCE_AWARDED_CHOICE = "provinceAwardedNominations";
  public static final String PROVINCE_REMINDERS = "provinceReminderCount";

  public enum SignAction {
    SIGN("Ký ban hành"), RETURN("Trả lại Văn phòng Sở");
    private final String label;
    SignAction(String label) { this.label = label; }
    public String label() { return label; }
  }

  /** Money as Vietnamese write it: 1.410.000. */
  public static String money(long dong) {
    return Numbers.grouped(dong);
  }

  static boolean isDecision(String processDefinitionId) {
    return processDefinitionId.startsWith(DECISION_PROCESS + ":");
  }

  private Decisions() {}
}
