package vn.thiduakhenthuong.documents;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Documents in the application's database; written in the caller's (the engine's) transaction. */
@Component
public class DocumentStore {

  private static final RowMapper<StoredDocument> ROW = (row, n) -> new StoredDocument(row.getLong("id"),
      DocumentType.valueOf(row.getString("doc_type")), row.getString("file_name"), row.getLong("size_bytes"),
      row.getString("content_type"), row.getString("uploaded_by"), null, row.getTimestamp("uploaded_at").toInstant(),
      false);

  private final JdbcTemplate jdbc;

  public DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a document once and links it to each nomination it concerns. */
  public long save(DocumentType type, String fileName, String contentType, byte[] content, String uploadedBy,
      Collection<String> businessKeys) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO award_document (doc_type, file_name, "
          + "content_type, size_bytes, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, type.name());
      insert.setString(2, fileName);
      insert.setString(3, contentType);
      insert.setLong(4, content.length);
      insert.setBytes(5, content);
      insert.setString(6, uploadedBy);
      insert.setTimestamp(7, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    for (String businessKey : businessKeys) {
      jdbc.update("INSERT INTO award_document_link (document_id, business_key) VALUES (?, ?)", id, businessKey);
    }
    return id;
  }

  public List<StoredDocument> listFor(String businessKey) {
    return jdbc.query("SELECT d.id, d.doc_type, d.file_name, d.size_bytes, d.content_type, d.uploaded_by, "
        + "d.uploaded_at FROM award_document d JOIN award_document_link l ON l.document_id = d.id "
        + "WHERE l.business_key = ? ORDER BY d.uploaded_at, d.id", ROW, businessKey);
  }

  public Optional<StoredDocument> find(long id) {
    return jdbc.query("SELECT id, doc_type, file_name, size_bytes, content_type, uploaded_by, uploaded_at "
        + "FROM award_document WHERE id = ?", ROW, id).stream().findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("SELECT content FROM award_document WHERE id = ?", byte[].class, id);
  }

  /** Removes a document with its links, both or neither. */
  @Transactional
  public void delete(long id) {
    jdbc.update("DELETE FROM award_document_link WHERE document_id = ?", id);
    jdbc.update("DELETE FROM award_document WHERE id = ?", id);
  }

  public List<String> nominationsOf(long id) {
    return jdbc.queryForList("SELECT business_key FROM award_document_link WHERE document_id = ? ORDER BY business_key",
        String.class, id);
  }
}
