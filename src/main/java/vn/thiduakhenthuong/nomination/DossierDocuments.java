package vn.thiduakhenthuong.nomination;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.documents.StoredDocument;

/**
 * The documents a nomination's dossier must hold before it goes to the Office and on to the Council: the unit's
 * Tờ trình and the Báo cáo thành tích. The unit head may not send without them, nor the Office pass it on.
 */
@Component
public class DossierDocuments {

  static final List<DocumentType> REQUIRED = List.of(DocumentType.TO_TRINH, DocumentType.BAO_CAO_THANH_TICH);

  private final DocumentStore documents;

  public DossierDocuments(DocumentStore documents) {
    this.documents = documents;
  }

  /** The required documents the dossier of the nomination {@code businessKey} does not hold yet, in order. */
  public List<DocumentType> missing(String businessKey) {
    List<DocumentType> present = documents.listFor(businessKey).stream().map(StoredDocument::type).toList();
    return REQUIRED.stream().filter(type -> !present.contains(type)).toList();
  }

  /** «còn thiếu Tờ trình, Báo cáo thành tích (tải lên trong thẻ «Hồ sơ»).» */
  static String lacking(List<DocumentType> missing) {
    return "còn thiếu " + missing.stream().map(DocumentType::label).collect(Collectors.joining(", "))
        + " (tải lên trong thẻ «Hồ sơ»).";
  }
}
