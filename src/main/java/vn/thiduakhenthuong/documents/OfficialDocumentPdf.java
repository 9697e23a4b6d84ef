package vn.thiduakhenthuong.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP: issuing body and number on the
 * left, quốc hiệu and tiêu ngữ on the right, place and date, document type and trích yếu, body,
 * signers with title and name, nơi nhận. Liberation Serif (metric-compatible with Times New Roman,
 * SIL OFL) is embedded, so the PDF shows Vietnamese correctly everywhere. Used for the Council's
 * minutes, and meant for the Director's decisions and the submissions to the province.
 */
public final class OfficialDocumentPdf {

  private static final BaseFont REGULAR = font("fonts/LiberationSerif-Regular.ttf");
  private static final BaseFont BOLD = font("fonts/LiberationSerif-Bold.ttf");
  private static final BaseFont ITALIC = font("fonts/LiberationSerif-Italic.ttf");

  public record Signer(String role, String title, String name) {}

  private final List<String> issuer = new ArrayList<>();
  private String number = "";
  private String place = "";
  private LocalDate date = LocalDate.now();
  private int year = date.getYear();
  private boolean draft;
  private String type = "";
  private String summary = "";
  private final List<Element> body = new ArrayList<>();
  private final List<Signer> signers = new ArrayList<>();
  private final List<String> recipients = new ArrayList<>();

  /** The issuing body, superior first, e.g. "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
  public OfficialDocumentPdf issuer(String... lines) {
    issuer.addAll(List.of(lines));
    return this;
  }

  public OfficialDocumentPdf number(String number) {
    this.number = number;
    return this;
  }

  public OfficialDocumentPdf placeAndDate(String place, LocalDate date) {
    this.place = place;
    this.date = date;
    this.year = date.getYear();
    return this;
  }

  /**
   * A draft for the signer to read (dự thảo): marked «DỰ THẢO» above the header, the day and month left blank for
   * the date of signing ("ngày      tháng      năm 2026"); the number is whatever {@link #number} was given.
   */
  public OfficialDocumentPdf draft(String place, int year) {
    this.place = place;
    this.date = null;
    this.year = year;
    this.draft = true;
    return this;
  }

  /** The document type in capitals ("BIÊN BẢN", "QUYẾT ĐỊNH", "TỜ TRÌNH") and its trích yếu. */
  public OfficialDocumentPdf title(String type, String summary) {
    this.type = type;
    this.summary = summary;
    return this;
  }

  public OfficialDocumentPdf paragraph(String text) {
    return add(text, new Font(REGULAR, 13), Element.ALIGN_JUSTIFIED, 28, 0, 4);
  }

  /** A centred bold line: the authority of a decision, "QUYẾT ĐỊNH:", "Kính gửi: …". */
  public OfficialDocumentPdf centered(String text) {
    return add(text, new Font(BOLD, 13), Element.ALIGN_CENTER, 0, 4, 6);
  }

  /** A căn cứ line, in italics. */
  public OfficialDocumentPdf basis(String text) {
    return add(text, new Font(ITALIC, 13), Element.ALIGN_JUSTIFIED, 28, 0, 2);
  }

  public OfficialDocumentPdf heading(String text) {
    return add(text, new Font(BOLD, 13), Element.ALIGN_LEFT, 0, 6, 4);
  }

  private OfficialDocumentPdf add(String text, Font font, int alignment, float indent, float before, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(alignment);
    paragraph.setFirstLineIndent(indent);
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    body.add(paragraph);
    return this;
  }

  public OfficialDocumentPdf table(List<String> headers, List<List<String>> rows, float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, new Font(BOLD, 12)));
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value, new Font(REGULAR, 12)));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    body.add(table);
    return this;
  }

  public OfficialDocumentPdf signer(String role, String title, String name) {
    signers.add(new Signer(role, title, name));
    return this;
  }

  public OfficialDocumentPdf recipients(String... lines) {
    recipients.addAll(List.of(lines));
    return this;
  }

  public byte[] toPdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A4; margins of NĐ 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm
    Document document = new Document(PageSize.A4, mm(30), mm(15), mm(20), mm(20));
    PdfWriter.getInstance(document, out);
    document.open();
    document.addTitle((draft ? "DỰ THẢO " : "") + type + " " + summary);
    if (draft) {
      Paragraph mark = new Paragraph("DỰ THẢO", new Font(BOLD, 13));
      mark.setAlignment(Element.ALIGN_RIGHT);
      mark.setSpacingAfter(6);
      document.add(mark);
    }
    document.add(header());
    Paragraph kind = new Paragraph(type, new Font(BOLD, 14));
    kind.setAlignment(Element.ALIGN_CENTER);
    kind.setSpacingBefore(14);
    document.add(kind);
    Paragraph about = new Paragraph(summary, new Font(BOLD, 14));
    about.setAlignment(Element.ALIGN_CENTER);
    about.setSpacingAfter(12);
    document.add(about);
    for (Element element : body) {
      document.add(element);
    }
    document.add(footer());
    document.close();
    return out.toByteArray();
  }

  private PdfPTable header() {
    PdfPTable header = new PdfPTable(new float[] {40, 60});
    header.setWidthPercentage(100);
    Paragraph left = new Paragraph();
    for (int i = 0; i < issuer.size(); i++) {
      left.add(new Chunk(issuer.get(i) + "\n", new Font(i == issuer.size() - 1 ? BOLD : REGULAR, 11.5f)));
    }
    left.add(new Chunk("_______________\n", new Font(REGULAR, 9)));
    left.add(new Chunk("Số: " + number, new Font(REGULAR, 13)));
    Paragraph right = new Paragraph();
    right.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", new Font(BOLD, 12)));
    right.add(new Chunk("Độc lập - Tự do - Hạnh phúc\n", new Font(BOLD, 13)));
    right.add(new Chunk("_________________________\n", new Font(REGULAR, 9)));
    String day = date == null ? "      " : "%02d".formatted(date.getDayOfMonth());
    String month = date == null ? "      " : "%02d".formatted(date.getMonthValue());
    right.add(new Chunk(place + ", ngày " + day + " tháng " + month + " năm " + year, new Font(ITALIC, 13)));
    header.addCell(centered(left));
    header.addCell(centered(right));
    return header;
  }

  private PdfPTable footer() {
    PdfPTable footer = new PdfPTable(new float[] {50, 50});
    footer.setWidthPercentage(100);
    footer.setSpacingBefore(16);
    Paragraph toWhom = new Paragraph();
    if (!recipients.isEmpty()) {
      toWhom.add(new Chunk("Nơi nhận:\n", new Font(BOLD, 12)));
      for (String recipient : recipients) {
        toWhom.add(new Chunk("- " + recipient + "\n", new Font(REGULAR, 11)));
      }
    }
    PdfPCell recipientsCell = new PdfPCell(toWhom);
    recipientsCell.setBorder(Rectangle.NO_BORDER);
    if (signers.size() == 2) {
      footer.addCell(centered(signature(signers.get(0))));
      footer.addCell(centered(signature(signers.get(1))));
    } else {
      footer.addCell(recipientsCell);
      footer.addCell(centered(signers.isEmpty() ? new Paragraph() : signature(signers.get(0))));
    }
    return footer;
  }

  private static Paragraph signature(Signer signer) {
    Paragraph signature = new Paragraph();
    // an empty role keeps its line, so that names side by side stay level
    signature.add(new Chunk((signer.role().isEmpty() ? " " : signer.role()) + "\n", new Font(BOLD, 13)));
    signature.add(new Chunk(signer.title() + "\n\n\n\n\n", new Font(BOLD, 13)));
    signature.add(new Chunk(signer.name(), new Font(BOLD, 13)));
    return signature;
  }

  private static PdfPCell centered(Paragraph content) {
    content.setAlignment(Element.ALIGN_CENTER);
    PdfPCell cell = new PdfPCell();
    cell.addElement(content);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }

  private static float mm(float millimetres) {
    return millimetres * 72f / 25.4f;
  }

  private static BaseFont font(String resource) {
    try (InputStream in = OfficialDocumentPdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + resource);
      }
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
