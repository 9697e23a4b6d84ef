package vn.thiduakhenthuong.notification;

/**
 * Every mail the product sends: its template (files {@code mail/<template>.txt} and {@code .html})
 * and the category a user may switch off. A user is never told of what he or she just did, except
 * for a ballot: a member who opens the session as an Office officer still gets the own ballot.
 */
public enum MailKind {
  TASK_ASSIGNED("task-assigned", Category.ASSIGNED_TASKS),
  SUPPLEMENT_REQUESTED("supplement-requested", Category.ASSIGNED_TASKS),
  TASK_GROUP("task-group", Category.GROUP_TASKS),
  BALLOT_OPENED("ballot-opened", Category.BALLOTS),
  BALLOT_REMINDER("ballot-reminder", Category.BALLOTS),
  CHECK_OVERDUE("check-overdue", Category.REMINDERS),
  SIGN_WAITING("sign-waiting", Category.REMINDERS),
  PROVINCE_REMINDER("province-reminder", Category.REMINDERS),
  OUTCOME_AWARDED("outcome-awarded", Category.OUTCOMES),
  OUTCOME_NOT_AWARDED("outcome-not-awarded", Category.OUTCOMES),
  OUTCOME_NOT_APPROVED("outcome-not-approved", Category.OUTCOMES),
  OUTCOME_REJECTED("outcome-rejected", Category.OUTCOMES),
  OUTCOME_WITHDRAWN("outcome-withdrawn", Category.OUTCOMES);

  private final String template;
  private final Category category;

  MailKind(String template, Category category) {
    this.template = template;
    this.category = category;
  }

  public String template() {
    return template;
  }

  public Category category() {
    return category;
  }

  boolean skipsActor() {
    return category != Category.BALLOTS;
  }
}
