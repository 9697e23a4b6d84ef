package vn.thiduakhenthuong.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;

/**
 * An uploaded dossier file, checked by its content, not its name (SPEC §6): PDF, DOCX, JPEG or PNG,
 * not empty, at most 20 MB. Its name is cleaned of paths, control characters and markup and given the
 * extension of what it really is.
 */
record UploadedFile(String fileName, String contentType, byte[] content) {

  static final long MAX_BYTES = 20L * 1024 * 1024;

  private enum Kind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    final String contentType;
    final String extension;

    Kind(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  static UploadedFile check(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Tệp tải lên đang trống (0 byte).");
    }
    if (content.length > MAX_BYTES) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Tệp vượt quá dung lượng cho phép 20 MB.");
    }
    Kind kind = recognise(content);
    if (kind == null) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST,
          "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; nội dung tệp này không thuộc các loại đó.");
    }
    return new UploadedFile(cleanName(originalName, kind), kind.contentType, content);
  }

  private static Kind recognise(byte[] c) {
    if (starts(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return Kind.PDF;
    }
    if (starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Kind.PNG;
    }
    if (starts(c, 0xFF, 0xD8, 0xFF)) {
      return Kind.JPEG;
    }
    if (starts(c, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(c)) {
      return Kind.DOCX;
    }
    return null;
  }

  private static boolean isWordDocument(byte[] zip) {
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException notAZip) {
      return false;
    }
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** "C:\\tmp\\<b>Tờ trình</b>.exe" → "bTờ trìnhb.pdf": the last path part, safe characters, the real extension. */
  static String cleanName(String original, Kind kind) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    stem = stem.replaceAll("[^\\p{L}\\p{N} ._()-]", "").replaceAll("\\s+", " ").strip();
    if (stem.length() > 150) {
      stem = stem.substring(0, 150).strip();
    }
    if (stem.isEmpty() || stem.chars().allMatch(ch -> ch == '.')) {
      stem = "tai-lieu";
    }
    return stem + "." + kind.extension;
  }
}
