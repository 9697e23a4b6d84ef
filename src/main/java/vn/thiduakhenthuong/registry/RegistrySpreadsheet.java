package vn.thiduakhenthuong.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.thiduakhenthuong.documents.Sheets;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.NomineeKind;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.registry.AwardRegistry.SummaryRow;

/** The registry and its summaries as XLSX, with Vietnamese headings and labels. */
final class RegistrySpreadsheet {

  private static final String MONEY = "#,##0";

  private RegistrySpreadsheet() {}

  /**
   * Writes the rows that {@code source} hands out to {@code out} as they come: the sheet is flushed every
   * {@value AwardRegistry#FETCH_SIZE} rows, so a registry of any size takes the same memory.
   */
  static void rows(Consumer<Consumer<RegistryEntry>> source, RegistryFilter filter, OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "Thi dua - Khen thuong", "1.0");
    Worksheet sheet = workbook.newWorksheet("Sổ khen thưởng");
    // column widths go before the first row that is flushed
    Sheets.widths(sheet, 5, 14, 30, 10, 30, 10, 30, 30, 22, 6, 18, 14, 16);
    sheet.value(0, 0, "SỔ THEO DÕI KHEN THƯỞNG" + criteria(filter));
    sheet.style(0, 0).bold().set();
    String[] headers = {"TT", "Mã hồ sơ", "Tập thể / cá nhân", "Đối tượng", "Chức vụ, đơn vị", "Mã đơn vị", "Đơn vị",
        "Hình thức khen thưởng", "Đợt", "Năm", "Số Quyết định", "Ngày Quyết định", "Tiền thưởng (đồng)"};
    Sheets.header(sheet, 2, headers);
    int[] next = {3};
    long[] total = {0};
    source.accept(e -> {
      int r = next[0]++;
      sheet.value(r, 0, r - 2);
      sheet.value(r, 1, e.businessKey());
      sheet.value(r, 2, e.nomineeName());
      sheet.value(r, 3, NomineeKind.valueOf(e.nomineeKind()).label());
      sheet.value(r, 4, e.nomineeTitle());
      sheet.value(r, 5, e.unitCode());
      sheet.value(r, 6, e.unitName());
      sheet.value(r, 7, AwardType.valueOf(e.awardType()).label());
      sheet.value(r, 8, Period.valueOf(e.period()).label());
      sheet.value(r, 9, e.year());
      sheet.value(r, 10, e.decisionNumber());
      sheet.value(r, 11, e.decisionDate());
      sheet.style(r, 11).format("dd/MM/yyyy").set();
      sheet.value(r, 12, e.prizeAmount());
      sheet.style(r, 12).format(MONEY).set();
      total[0] += e.prizeAmount();
      if ((r - 2) % AwardRegistry.FETCH_SIZE == 0) {
        try {
          sheet.flush();
        } catch (IOException flushFailed) {
          throw new UncheckedIOException(flushFailed);
        }
      }
    });
    int r = next[0];
    sheet.value(r, 2, "Tổng cộng: " + (r - 3) + " khen thưởng");
    sheet.value(r, 12, total[0]);
    sheet.style(r, 2).bold().set();
    sheet.style(r, 12).bold().format(MONEY).set();
    workbook.finish();
  }

  static byte[] summary(List<SummaryRow> rows, RegistryFilter filter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Thi dua - Khen thuong", "1.0");
    Worksheet sheet = workbook.newWorksheet("Tổng hợp");
    sheet.value(0, 0, "TỔNG HỢP KHEN THƯỞNG THEO ĐƠN VỊ VÀ HÌNH THỨC" + criteria(filter));
    sheet.style(0, 0).bold().set();
    Sheets.header(sheet, 2, new String[] {"TT", "Mã đơn vị", "Đơn vị", "Hình thức khen thưởng", "Tập thể", "Cá nhân",
        "Tổng số", "Tiền thưởng (đồng)"});
    int r = 3;
    int collectives = 0;
    int individuals = 0;
    long money = 0;
    for (SummaryRow row : rows) {
      sheet.value(r, 0, r - 2);
      sheet.value(r, 1, row.unitCode());
      sheet.value(r, 2, row.unitName());
      sheet.value(r, 3, AwardType.valueOf(row.awardType()).label());
      sheet.value(r, 4, row.collectives());
      sheet.value(r, 5, row.individuals());
      sheet.value(r, 6, row.awards());
      sheet.value(r, 7, row.prizeTotal());
      sheet.style(r, 7).format(MONEY).set();
      collectives += row.collectives();
      individuals += row.individuals();
      money += row.prizeTotal();
      r++;
    }
    sheet.value(r, 2, "Tổng cộng");
    sheet.value(r, 4, collectives);
    sheet.value(r, 5, individuals);
    sheet.value(r, 6, collectives + individuals);
    sheet.value(r, 7, money);
    sheet.style(r, 2).bold().set();
    sheet.style(r, 7).bold().format(MONEY).set();
    Sheets.widths(sheet, 5, 10, 34, 32, 10, 10, 10, 18);
    workbook.finish();
    return out.toByteArray();
  }

  private static String criteria(RegistryFilter filter) {
    StringBuilder text = new StringBuilder();
    if (filter.period() != null) {
      text.append(" – ").append(Period.valueOf(filter.period()).label());
    }
    if (filter.year() != null) {
      text.append(" – năm ").append(filter.year());
    }
    if (filter.unitCode() != null) {
      text.append(" – đơn vị ").append(filter.unitCode());
    }
    if (filter.awardType() != null) {
      text.append(" – ").append(AwardType.valueOf(filter.awardType()).label());
    }
    if (filter.nominee() != null) {
      text.append(" – tên có «").append(filter.nominee()).append('»');
    }
    return text.toString();
  }
}
