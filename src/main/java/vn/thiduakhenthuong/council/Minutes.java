package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import vn.thiduakhenthuong.identity.UserNames;

/** The text of the minutes (biên bản) of a session: members, ballots cast, and per nominee the result. */
final class Minutes {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Minutes() {}

  /**
   * The text as the variable {@code minutesText}: a Json string, whose value the engine keeps with the
   * variable's bytes. As a String it would go to a column of 4,000 characters, which the minutes of a
   * province session (a line per nominee, names up to 200 characters) outgrow: the tally job then fails
   * at every retry and the session stops.
   */
  static SpinJsonNode variable(String text) {
    return JSON(TextNode.valueOf(text).toString());
  }

  /** The text the variable {@code minutesText} holds (a String in sessions tallied before it became Json). */
  static String read(Object variable) {
    return variable instanceof SpinJsonNode json ? json.stringValue() : (String) variable;
  }

  static String text(DelegateExecution execution, List<String> voters, SpinJsonNode results) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    List<String> members = new ArrayList<>();
    ((SpinJsonNode) execution.getVariable(Council.MEMBER_IDS)).elements().forEach(m -> members.add(m.stringValue()));
    StringBuilder text = new StringBuilder();
    text.append("Phiên họp: ").append(execution.getVariable(Council.SESSION_TITLE))
        .append(" (").append(execution.getVariable(Council.SESSION_ID)).append(")\n");
    text.append("Ngày họp: ").append(LocalDate.parse((String) execution.getVariable(Council.MEETING_DATE)).format(DATE))
        .append("\n");
    text.append("Thành viên Hội đồng: ").append(members.size()).append("; số phiếu biểu quyết: ")
        .append(voters.size()).append(".\n");
    for (String member : members) {
      text.append("- ").append(UserNames.of(identity, member))
          .append(voters.contains(member) ? ": đã biểu quyết" : ": vắng (không biểu quyết)").append("\n");
    }
    text.append("Kết quả biểu quyết (phiếu kín, chỉ ghi số phiếu):\n");
    int index = 1;
    for (SpinJsonNode row : results.elements()) {
      text.append(index++).append(". ").append(row.prop("nomineeName").stringValue())
          .append(" (").append(row.prop("unitName").stringValue()).append(") – ")
          .append(row.prop("awardTypeLabel").stringValue()).append(": ")
          .append(row.prop("votesFor").numberValue().intValue()).append("/").append(members.size())
          .append(" phiếu đồng ý – ").append(row.prop("resultLabel").stringValue()).append(".\n");
    }
    return text.toString().strip();
  }
}
