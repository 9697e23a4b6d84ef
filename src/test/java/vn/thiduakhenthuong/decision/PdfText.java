package vn.thiduakhenthuong.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, as a reader would copy it; and its first page as a picture, to look at. */
public final class PdfText {

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the first page as target/pdf/{@code name}.png and returns the PDF's text. */
  public static String ofSaved(byte[] pdf, String name) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path png = Path.of("target", "pdf", name + ".png");
      Files.createDirectories(png.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(pdf);
  }

  private PdfText() {}
}
