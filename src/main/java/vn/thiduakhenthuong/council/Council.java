package vn.thiduakhenthuong.council;

/** Ids of the {@code council-session} process (bpmn/council-session.bpmn) and its variables. */
public final class Council {

  public static final String PROCESS_KEY = "council-session";
  public static final String BUSINESS_KEY_PREFIX = "HD";

  public static final String TASK_CONFIRM_AGENDA = "Task_ConfirmAgenda";
  public static final String TASK_CAST_BALLOT = "Task_CastBallot";
  public static final String TASK_DECIDE_NO_QUORUM = "Task_DecideNoQuorum";
  public static final String TASK_CONFIRM_MINUTES = "Task_ConfirmMinutes";
  public static final String BOUNDARY_VOTING_CLOSED = "BoundaryEvent_VotingClosed";
  public static final String BOUNDARY_VOTING_REMINDER = "BoundaryEvent_VotingReminder";

  public static final String SESSION_ID = "councilSessionId";
  public static final String PERIOD = "period";
  public static final String YEAR = "year";
  public static final String SESSION_TITLE = "sessionTitle";
  public static final String MEETING_DATE = "meetingDate";
  public static final String VOTING_DAYS = "votingDays";
  public static final String CANDIDATES = "candidateNominations";
  public static final String CANDIDATE_COUNT = "candidateCount";
  public static final String AGENDA_CHOICE = "agendaNominations";
  public static final String AGENDA = "agenda";
  public static final String AGENDA_OPTIONS = "agendaOptions";
  public static final String MEMBER_IDS = "memberIds";
  public static final String MEMBER_COUNT = "councilMemberCount";
  public static final String MEMBER = "councilMember";
  public static final String VOTING_DEADLINE_AT = "votingDeadlineAt";
  public static final String VOTING_DEADLINE = "votingDeadline";
  /** One working day before {@code votingDeadlineAt}: members who have not voted are reminded. */
  public static final String VOTING_REMINDER_AT = "votingReminderAt";
  /** The member's ballot: never stored, never in history (SecretBallotHistoryLevel). */
  public static final String AGREED = "agreedNominations";
  public static final String BALLOTS_CAST = "ballotsCast";
  public static final String QUORUM_REACHED = "quorumReached";
  public static final String RESULTS = "results";
  public static final String MINUTES_TEXT = "minutesText";
  public static final String NO_QUORUM_ACTION = "noQuorumAction";
  public static final String REOPENED = "reopened";
  public static final String MINUTES_CONFIRMED = "minutesConfirmed";
  public static final String MINUTES_NOTE = "minutesNote";

  public enum NoQuorumAction {
    REOPEN, CLOSE
  }

  private Council() {}
}
