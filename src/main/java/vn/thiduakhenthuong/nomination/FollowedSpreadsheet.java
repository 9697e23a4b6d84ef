package vn.thiduakhenthuong.nomination;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.thiduakhenthuong.documents.Numbers;
import vn.thiduakhenthuong.documents.Sheets;
import vn.thiduakhenthuong.nomination.UnitNominationsController.Row;

/**
 * The followed nominations as XLSX («Tải Excel» on «Theo dõi đề nghị» / «Đề nghị của đơn vị»): the page's columns, and
 * its state spelled out, with Vietnamese headings; written as the rows come, the sheet flushed every
 * {@value UnitNominationsController#SPREADSHEET_CHUNK} rows.
 */
final class FollowedSpreadsheet {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private FollowedSpreadsheet() {}

  /** Writes {@code title}, the headings, then each row (with the day it was proposed) that {@code source} hands out. */
  static void write(String title, Consumer<BiConsumer<Row, LocalDate>> source, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Thi dua - Khen thuong", "1.0");
    Worksheet sheet = workbook.newWorksheet("Đề nghị khen thưởng");
    Sheets.widths(sheet, 5, 14, 30, 26, 6, 30, 12, 13, 40, 18);
    sheet.value(0, 0, title);
    sheet.style(0, 0).bold().set();
    Sheets.header(sheet, 2, "TT", "Số hồ sơ", "Cá nhân / tập thể được đề nghị", "Hình thức khen thưởng", "Năm",
        "Đơn vị", "Ngày đề nghị", "Tình trạng", "Đang ở bước / kết quả", "Số Quyết định");
    int[] next = {3};
    source.accept((row, proposedOn) -> {
      int r = next[0]++;
      sheet.value(r, 0, r - 2);
      sheet.value(r, 1, row.businessKey());
      sheet.value(r, 2, row.nomineeName());
      sheet.value(r, 3, row.awardType());
      if (row.year() instanceof Number year) {
        sheet.value(r, 4, year);
      }
      sheet.value(r, 5, row.unitName());
      sheet.value(r, 6, proposedOn);
      sheet.style(r, 6).format("dd/MM/yyyy").set();
      sheet.value(r, 7, row.open() ? "Đang xử lý" : "Đã kết thúc");
      sheet.value(r, 8, row.where());
      sheet.value(r, 9, row.decisionNumber());
      if ((r - 2) % UnitNominationsController.SPREADSHEET_CHUNK == 0) {
        try {
          sheet.flush();
        } catch (IOException flushFailed) {
          throw new UncheckedIOException(flushFailed);
        }
      }
    });
    sheet.value(next[0], 2, "Tổng cộng: " + Numbers.grouped(next[0] - 3) + " đề nghị");
    sheet.style(next[0], 2).bold().set();
    workbook.finish();
  }
}
