package vn.thiduakhenthuong.documents;

import org.dhatim.fastexcel.Worksheet;

/** What the product's spreadsheets (the registry, its summary, the followed nominations) share: their look. */
public final class Sheets {

  private Sheets() {}

  /** A row of column headings, bold on a light blue, bordered and wrapped. */
  public static void header(Worksheet sheet, int row, String... headers) {
    for (int c = 0; c < headers.length; c++) {
      sheet.value(row, c, headers[c]);
      sheet.style(row, c).bold().fillColor("D9E1F2").borderStyle("thin").wrapText(true).set();
    }
  }

  /** The columns' widths, from the first, in characters; before the first row is flushed. */
  public static void widths(Worksheet sheet, double... widths) {
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
  }
}
