package vn.thiduakhenthuong.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code awards.*} (SPEC §5, §9). Names, codes and signers are configuration
 * because legal texts and agencies change (DOMAIN.md: Sóc Trăng merged into Cần Thơ in 2025).
 */
@ConfigurationProperties("awards")
public record AwardsProperties(boolean demoData, Admin admin, Signing signing, Agency agency) {

  public AwardsProperties {
    admin = admin == null ? new Admin(null, null) : admin;
    signing = signing == null ? new Signing(false) : signing;
    agency = agency == null ? Agency.SOC_TRANG : agency;
  }

  /** The first administrator when no demo data is loaded; there is no default. */
  public record Admin(String user, String password) {
    public boolean isGiven() {
      return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
  }

  public record Signing(boolean deputyMaySign) {}

  public record Agency(String name, String shortName, String superior, String code, String place,
      String province, String signerTitle) {
    static final Agency SOC_TRANG = new Agency("Sở Tài nguyên và Môi trường tỉnh Sóc Trăng",
        "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Sóc Trăng", "STNMT", "Sóc Trăng",
        "tỉnh Sóc Trăng", "Giám đốc");
  }
}
