package vn.thiduakhenthuong.documents;

import java.time.Instant;

/**
 * A document as listed by {@code GET /api/nominations/{businessKey}/documents} (SPEC §7.1). {@code uploadedByName} is
 * the uploader's name from the user directory, for people to read; the store leaves it empty.
 */
public record StoredDocument(long id, DocumentType type, String fileName, long size, String contentType,
    String uploadedBy, String uploadedByName, Instant uploadedAt) {

  StoredDocument named(String name) {
    return new StoredDocument(id, type, fileName, size, contentType, uploadedBy, name, uploadedAt);
  }
}
