package vn.thiduakhenthuong.notification;

/**
 * What a user may switch off (README, "Notifications"). Work given to one person by name and the
 * Council's ballots are essential: nobody else will do them, and a deadline runs. Mails about a
 * group's work, reminders and outcomes are optional: the same facts are in Tasklist or reach
 * someone else too.
 */
public enum Category {
  ASSIGNED_TASKS("Việc được giao cho tôi (kể cả yêu cầu bổ sung hồ sơ)", true),
  BALLOTS("Phiếu biểu quyết của Hội đồng và nhắc hạn biểu quyết", true),
  GROUP_TASKS("Việc mới của nhóm tôi thuộc (chưa giao cho ai)", false),
  REMINDERS("Nhắc việc: hồ sơ quá hạn kiểm tra, văn bản chờ ký, Tờ trình chờ UBND tỉnh", false),
  OUTCOMES("Kết quả đề nghị khen thưởng do tôi gửi", false);

  private final String label;
  private final boolean essential;

  Category(String label, boolean essential) {
    this.label = label;
    this.essential = essential;
  }

  public String label() {
    return label;
  }

  public boolean essential() {
    return essential;
  }
}
