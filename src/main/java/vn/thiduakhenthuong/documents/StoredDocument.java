package vn.thiduakhenthuong.documents;

import java.time.Instant;

/**
 * A document as listed by {@code GET /api/nominations/{businessKey}/documents} (SPEC §7.1). For the caller:
 * {@code uploadedByName}, the uploader's name from the user directory, for people to read, and {@code mayRemove},
 * whether the caller may remove it from this dossier now (DocumentController). The store leaves both empty.
 */
public record StoredDocument(long id, DocumentType type, String fileName, long size, String contentType,
    String uploadedBy, String uploadedByName, Instant uploadedAt, boolean mayRemove) {

  StoredDocument forCaller(String name, boolean removable) {
    return new StoredDocument(id, type, fileName, size, contentType, uploadedBy, name, uploadedAt, removable);
  }
}
