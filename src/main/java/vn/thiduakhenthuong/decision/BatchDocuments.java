package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.config.AwardsProperties.Agency;
import vn.thiduakhenthuong.documents.OfficialDocumentPdf;
import vn.thiduakhenthuong.identity.UserNames;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.NomineeKind;
import vn.thiduakhenthuong.nomination.NomineeSummary;

/**
 * The Director's decision (Quyết định tặng Giấy khen) and the submission to the province (Tờ trình đề
 * nghị tặng Bằng khen) in the layout of Nghị định 30/2020/NĐ-CP, with the agency of {@code awards.agency}.
 */
@Component
class BatchDocuments {

  static final String LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
  static final String DECREE = "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều "
      + "của Luật Thi đua, khen thưởng;";

  private final AwardsProperties properties;

  BatchDocuments(AwardsProperties properties) {
    this.properties = properties;
  }

  /**
   * The number and date of a signed document, or of a draft, which has neither yet: "Số:        /QĐ-STNMT", "ngày
   * tháng      năm 2026", marked «DỰ THẢO».
   */
  record Issue(String number, LocalDate date, int year) {

    static Issue signed(String number, LocalDate date) {
      return new Issue(number, date, date.getYear());
    }

    static Issue draft(String symbol, int year) {
      return new Issue("          " + symbol, null, year);
    }
  }

  byte[] decision(Issue issue, String summary, Recipients recipients, Signature signature) {
    Agency agency = properties.agency();
    OfficialDocumentPdf pdf = header(issue).title("QUYẾT ĐỊNH", summary);
    pdf.centered(agency.signerTitle().toUpperCase(Locale.ROOT) + " " + agency.shortName().toUpperCase(Locale.ROOT));
    pdf.basis(LAW).basis(DECREE);
    pdf.basis("Căn cứ kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng " + agency.shortName() + sessions(recipients) + ";");
    pdf.basis("Theo đề nghị của Chánh Văn phòng Sở.");
    pdf.centered("QUYẾT ĐỊNH:");
    pdf.paragraph("Điều 1. Tặng Giấy khen của " + agency.signerTitle() + " " + agency.shortName() + " cho "
        + counted(recipients) + " đã có thành tích xuất sắc, có danh sách dưới đây:");
    pdf.table(List.of("TT", "Tập thể / cá nhân", "Chức vụ, đơn vị", "Tiền thưởng (đồng)"), rows(recipients, false),
        8, 37, 35, 20);
    pdf.paragraph("Điều 2. Mỗi tập thể, cá nhân có tên tại Điều 1 được tặng Giấy khen kèm theo tiền thưởng theo "
        + "quy định (" + rates(AwardType.DIRECTOR_CERTIFICATE) + "). Tổng số tiền thưởng: "
        + Decisions.money(recipients.total()) + " đồng, chi từ Quỹ thi đua, khen thưởng của " + agency.shortName() + ".");
    pdf.paragraph("Điều 3. Chánh Văn phòng Sở, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên "
        + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    pdf.recipients("Như Điều 3;", "Lưu: VT, VP.");
    return sign(pdf, signature).toPdf();
  }

  byte[] submission(Issue issue, Recipients recipients, Signature signature) {
    Agency agency = properties.agency();
    OfficialDocumentPdf pdf = header(issue)
        .title("TỜ TRÌNH", "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân " + agency.province());
    pdf.centered("Kính gửi: " + agency.superior());
    pdf.paragraph(LAW.substring(0, LAW.length() - 1) + "; " + DECREE.substring(0, 1).toLowerCase(Locale.ROOT)
        + DECREE.substring(1));
    pdf.paragraph("Căn cứ kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng " + agency.shortName()
        + sessions(recipients) + ", " + agency.shortName() + " kính trình Ủy ban nhân dân " + agency.province()
        + " xem xét, tặng Bằng khen của Chủ tịch Ủy ban nhân dân " + agency.province() + " cho " + counted(recipients)
        + " đã có thành tích xuất sắc, cụ thể như sau:");
    pdf.table(List.of("TT", "Tập thể / cá nhân", "Chức vụ, đơn vị", "Tóm tắt thành tích"), rows(recipients, true),
        8, 30, 27, 35);
    pdf.paragraph("(Hồ sơ đề nghị của từng tập thể, cá nhân gửi kèm theo.)");
    pdf.paragraph(agency.shortName() + " kính trình Ủy ban nhân dân " + agency.province() + " xem xét, quyết định./.");
    pdf.recipients("Như trên;", "Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT, VP.");
    return sign(pdf, signature).toPdf();
  }

  /** The signer's block: the Director, or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" and the deputy's name. */
  record Signature(String userId, boolean deputy, IdentityService identity) {}

  private OfficialDocumentPdf sign(OfficialDocumentPdf pdf, Signature signature) {
    Agency agency = properties.agency();
    String name = !signature.deputy() && !agency.signerName().isEmpty() ? agency.signerName()
        : signature.userId() == null ? "" : UserNames.of(signature.identity(), signature.userId());
    String title = agency.signerTitle().toUpperCase(Locale.ROOT);
    return signature.deputy()
        ? pdf.signer("KT. " + title, agency.deputyTitle().toUpperCase(Locale.ROOT), name)
        : pdf.signer("", title, name);
  }

  private OfficialDocumentPdf header(Issue issue) {
    Agency agency = properties.agency();
    OfficialDocumentPdf pdf = new OfficialDocumentPdf()
        .issuer(agency.superior().toUpperCase(Locale.ROOT), agency.shortName().toUpperCase(Locale.ROOT))
        .number(issue.number());
    return issue.date() == null ? pdf.draft(agency.place(), issue.year()) : pdf.placeAndDate(agency.place(), issue.date());
  }

  private static List<List<String>> rows(Recipients recipients, boolean achievements) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < recipients.nominees().size(); i++) {
      NomineeSummary n = recipients.nominees().get(i);
      rows.add(List.of(String.valueOf(i + 1), n.nomineeName(), n.nomineeTitle() + " – " + n.unitName(),
          achievements ? n.achievements() : Decisions.money(recipients.prizes().get(i))));
    }
    return rows;
  }

  private static String counted(Recipients recipients) {
    List<String> parts = new ArrayList<>();
    long collectives = recipients.count(NomineeKind.COLLECTIVE);
    long individuals = recipients.count(NomineeKind.INDIVIDUAL);
    if (collectives > 0) {
      parts.add("%02d tập thể".formatted(collectives));
    }
    if (individuals > 0) {
      parts.add("%02d cá nhân".formatted(individuals));
    }
    return String.join(" và ", parts);
  }

  private String rates(AwardType award) {
    AwardsProperties.Prize prize = properties.prize();
    return "tập thể " + Decisions.money(prize.amount(award, NomineeKind.COLLECTIVE)) + " đồng, cá nhân "
        + Decisions.money(prize.amount(award, NomineeKind.INDIVIDUAL)) + " đồng";
  }

  private static String sessions(Recipients recipients) {
    List<String> ids = recipients.nominees().stream().map(NomineeSummary::councilSessionId).filter(Objects::nonNull)
        .distinct().sorted().toList();
    return ids.isEmpty() ? "" : " (phiên họp " + String.join(", ", ids) + ")";
  }
}
