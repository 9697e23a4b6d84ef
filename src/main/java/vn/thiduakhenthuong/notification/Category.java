package vn.thiduakhenthuong.notification;

import java.util.Collection;
import java.util.List;
import vn.thiduakhenthuong.identity.Groups;

/**
 * What a user may switch off (README, "Notifications"). Work given to one person by name and the
 * Council's ballots are essential: nobody else will do them, and a deadline runs. Mails about a
 * group's work, reminders and outcomes are optional: the same facts are in Tasklist or reach
 * someone else too. Each category names the groups whose members it can reach (none: everybody), so a user's
 * settings list only the mails that can come to him or her: a unit head outside the Council is not offered ballots,
 * nor the Office's and the Director's reminders.
 */
public enum Category {
  ASSIGNED_TASKS("Việc được giao cho tôi (kể cả yêu cầu bổ sung hồ sơ)", true, List.of()),
  BALLOTS("Phiếu biểu quyết của Hội đồng và nhắc hạn biểu quyết", true, List.of(Groups.COUNCIL)),
  // the Office's steps, and the signing steps of the Director and (when they may sign) the deputies
  GROUP_TASKS("Việc mới của nhóm tôi thuộc (chưa giao cho ai)", false,
      List.of(Groups.OFFICE, Groups.DIRECTOR, Groups.DEPUTY_DIRECTORS)),
  // the Office chief (dossier check overdue), the Office (province), the Director (waiting for signature)
  REMINDERS("Nhắc việc: hồ sơ quá hạn kiểm tra, văn bản chờ ký, Tờ trình chờ UBND tỉnh", false,
      List.of(Groups.OFFICE, Groups.DIRECTOR)),
  OUTCOMES("Kết quả đề nghị khen thưởng do tôi gửi", false, List.of(Groups.UNIT_HEADS));

  private final String label;
  private final boolean essential;
  private final List<String> groups;

  Category(String label, boolean essential, List<String> groups) {
    this.label = label;
    this.essential = essential;
    this.groups = groups;
  }

  /** Whether mails of this category can reach a member of {@code userGroups}. */
  public boolean concerns(Collection<String> userGroups) {
    return groups.isEmpty() || groups.stream().anyMatch(userGroups::contains);
  }

  public String label() {
    return label;
  }

  public boolean essential() {
    return essential;
  }
}
