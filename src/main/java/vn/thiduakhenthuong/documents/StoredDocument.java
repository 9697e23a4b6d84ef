package vn.thiduakhenthuong.documents;

import java.time.Instant;

/** A document as listed by {@code GET /api/nominations/{businessKey}/documents} (SPEC §7.1). */
public record StoredDocument(long id, DocumentType type, String fileName, long size, String contentType,
    String uploadedBy, Instant uploadedAt) {}
