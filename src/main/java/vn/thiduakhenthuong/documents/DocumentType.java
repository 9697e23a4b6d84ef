package vn.thiduakhenthuong.documents;

/** Document types of SPEC §7.1, with their Vietnamese names. */
public enum DocumentType {
  TO_TRINH("Tờ trình"),
  BAO_CAO_THANH_TICH("Báo cáo thành tích"),
  BIEN_BAN("Biên bản họp"),
  KHAC("Khác"),
  BIEN_BAN_HOI_DONG("Biên bản họp Hội đồng Thi đua - Khen thưởng"),
  QUYET_DINH("Quyết định"),
  TO_TRINH_UBND("Tờ trình UBND tỉnh");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
