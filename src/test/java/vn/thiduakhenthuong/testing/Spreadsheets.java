package vn.thiduakhenthuong.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** An XLSX's first sheet as the text of its cells, row by row; an empty row is kept, by its number, as no cells. */
public final class Spreadsheets {

  private Spreadsheets() {}

  public static List<List<String>> firstSheet(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<List<String>> sheet = new ArrayList<>();
      try (var rows = workbook.getFirstSheet().openStream()) {
        rows.forEach(row -> {
          while (sheet.size() < row.getRowNum() - 1) {
            sheet.add(List.of());
          }
          sheet.add(IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).collect(Collectors.toList()));
        });
      }
      return sheet;
    }
  }
}
