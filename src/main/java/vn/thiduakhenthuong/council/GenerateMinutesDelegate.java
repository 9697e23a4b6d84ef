package vn.thiduakhenthuong.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.documents.OfficialDocumentPdf;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.identity.UserNames;

/**
 * {@code Task_GenerateMinutes}: the minutes (biên bản) of the session as a PDF in the layout of NĐ
 * 30/2020, stored once and listed as a document (type BIEN_BAN_HOI_DONG) of each agenda nomination.
 * The chair is the Director in the Council, the secretary the Office member in it.
 */
@Component
public class GenerateMinutesDelegate implements JavaDelegate {

  public static final String MINUTES_DOCUMENT_ID = "minutesDocumentId";
  public static final String MINUTES_LINK = "minutesLink";

  private final DocumentStore documents;
  private final AwardsProperties properties;

  public GenerateMinutesDelegate(DocumentStore documents, AwardsProperties properties) {
    this.documents = documents;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String sessionId = (String) execution.getVariable(Council.SESSION_ID);
    SpinJsonNode results = (SpinJsonNode) execution.getVariable(Council.RESULTS);
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    AwardsProperties.Agency agency = properties.agency();
    LocalDate meeting = LocalDate.parse((String) execution.getVariable(Council.MEETING_DATE));

    OfficialDocumentPdf pdf = new OfficialDocumentPdf()
        .issuer(agency.shortName().toUpperCase(), "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
        .number(sessionId.substring(sessionId.lastIndexOf('-') + 1) + "/BB-HĐTĐKT")
        .placeAndDate(agency.place(), meeting)
        .title("BIÊN BẢN", "Phiên họp Hội đồng Thi đua - Khen thưởng: " + execution.getVariable(Council.SESSION_TITLE));
    String[] lines = Minutes.read(execution.getVariable(Council.MINUTES_TEXT)).split("\n");
    pdf.paragraph("Hội đồng Thi đua - Khen thưởng " + agency.name() + " họp xét đề nghị khen thưởng "
        + "bằng hình thức bỏ phiếu kín. " + lines[2]);
    pdf.heading("I. Thành viên Hội đồng");
    for (String line : lines) {
      if (line.startsWith("- ")) {
        pdf.paragraph(line.substring(2));
      }
    }
    pdf.heading("II. Kết quả biểu quyết");
    List<List<String>> rows = new ArrayList<>();
    int index = 1;
    int members = (Integer) execution.getVariable(Council.MEMBER_COUNT);
    for (SpinJsonNode row : results.elements()) {
      rows.add(List.of(String.valueOf(index++), row.prop("nomineeName").stringValue(),
          row.prop("unitName").stringValue(), row.prop("awardTypeLabel").stringValue(),
          row.prop("votesFor").numberValue().intValue() + "/" + members, row.prop("resultLabel").stringValue()));
    }
    pdf.table(List.of("TT", "Cá nhân / tập thể", "Đơn vị", "Hình thức", "Đồng ý", "Kết quả"), rows,
        7, 26, 21, 20, 11, 15);
    pdf.paragraph("Biên bản lập xong lúc kết thúc phiên họp, thư ký đã đối chiếu với kết quả kiểm phiếu.");
    pdf.signer("", "THƯ KÝ", memberOf(identity, Groups.OFFICE));
    pdf.signer("TM. HỘI ĐỒNG", "CHỦ TỊCH", memberOf(identity, Groups.DIRECTOR));

    List<String> agenda = new ArrayList<>();
    results.elements().forEach(row -> agenda.add(row.prop("businessKey").stringValue()));
    long id = documents.save(DocumentType.BIEN_BAN_HOI_DONG, "bien-ban-" + sessionId + ".pdf", "application/pdf",
        pdf.toPdf(), "system", agenda);
    execution.setVariable(MINUTES_DOCUMENT_ID, id);
    execution.setVariable(MINUTES_LINK, "[Tải biên bản phiên họp (PDF)](/api/documents/" + id + ")");
  }

  /** A Council member who is also in {@code group}, for the signature block; blank if none. */
  private static String memberOf(IdentityService identity, String group) {
    List<User> both = identity.createUserQuery().memberOfGroup(group).list().stream()
        .filter(user -> identity.createUserQuery().userId(user.getId()).memberOfGroup(Groups.COUNCIL).count() > 0)
        .toList();
    return both.isEmpty() ? "" : UserNames.of(identity, both.get(0).getId());
  }
}
