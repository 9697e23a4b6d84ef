package vn.thiduakhenthuong.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The curve as a PNG, drawn with Java2D (headless; no charting library for two line plots): two
 * panels over the same logarithmic x axis, nominations in the database, with the time per nomination
 * above and the heap after a full GC below; the database size is written under each level.
 */
final class CurveChart {

  private static final int WIDTH = 900;
  private static final int PANEL = 250;
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 60;
  private static final int GAP = 70;
  private static final Color LINE = new Color(0x1f, 0x5f, 0xa8);
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

  static void write(List<NominationCurve.Level> levels, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int height = TOP + 2 * PANEL + GAP + 70;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString("Per nomination as the database fills (whole path, median of %d batches of %d, app engine)"
          .formatted(levels.get(0).runs(), levels.get(0).batch()), LEFT, 28);
      panel(g, levels, TOP, "ms per nomination", NominationCurve.Level::msPerNomination, false);
      panel(g, levels, TOP + PANEL + GAP, "heap after full GC (MB)", NominationCurve.Level::heapAfterGcMb, true);
    } finally {
      g.dispose();
    }
    Files.createDirectories(png.getParent());
    ImageIO.write(image, "png", png.toFile());
  }

  private static void panel(Graphics2D g, List<NominationCurve.Level> levels, int top, String title,
      ToDoubleFunction<NominationCurve.Level> value, boolean xLabels) {
    double max = levels.stream().mapToDouble(value).max().orElse(1) * 1.25;
    double minX = Math.log10(levels.get(0).nominations());
    double maxX = Math.log10(levels.get(levels.size() - 1).nominations());
    if (maxX - minX < 0.5) {
      maxX = minX + 0.5;
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    g.setStroke(new BasicStroke(1f));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int i = 0; i <= 4; i++) {
      int y = top + PANEL - i * PANEL / 4;
      g.setColor(GRID);
      g.drawLine(LEFT, y, LEFT + plotWidth, y);
      g.setColor(Color.DARK_GRAY);
      String label = "%.0f".formatted(max * i / 4);
      g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 5);
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, top, plotWidth, PANEL);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, LEFT + 8, top - 8);
    int[] xs = new int[levels.size()];
    int[] ys = new int[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      NominationCurve.Level level = levels.get(i);
      xs[i] = LEFT + 20 + (int) Math.round((Math.log10(level.nominations()) - minX) / (maxX - minX) * (plotWidth - 40));
      ys[i] = top + PANEL - (int) Math.round(value.applyAsDouble(level) / max * PANEL);
    }
    g.setColor(LINE);
    g.setStroke(new BasicStroke(2.5f));
    g.drawPolyline(xs, ys, xs.length);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int i = 0; i < levels.size(); i++) {
      g.setColor(LINE);
      g.fillOval(xs[i] - 5, ys[i] - 5, 10, 10);
      g.setColor(Color.BLACK);
      g.drawString("%.0f".formatted(value.applyAsDouble(levels.get(i))), xs[i] + 8, ys[i] - 8);
      g.setColor(Color.DARK_GRAY);
      g.drawLine(xs[i], top + PANEL, xs[i], top + PANEL + 5);
      if (xLabels) {
        NominationCurve.Level level = levels.get(i);
        String nominations = "%,d".formatted(level.nominations());
        String size = "DB %,d MB".formatted(Math.round(level.databaseMb()));
        g.drawString(nominations, xs[i] - g.getFontMetrics().stringWidth(nominations) / 2, top + PANEL + 20);
        g.drawString(size, xs[i] - g.getFontMetrics().stringWidth(size) / 2, top + PANEL + 37);
      }
    }
    if (xLabels) {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      String axis = "nominations in the database (finished and open; logarithmic)";
      g.drawString(axis, LEFT + (plotWidth - g.getFontMetrics().stringWidth(axis)) / 2, top + PANEL + 60);
    }
  }

  private CurveChart() {}
}
