package vn.thiduakhenthuong.config;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.NomineeKind;

/**
 * Everything under {@code awards.*} (SPEC §5, §9). Names, codes, signers and money are configuration
 * because legal texts and agencies change (DOMAIN.md: Sóc Trăng merged into Cần Thơ in 2025).
 */
@ConfigurationProperties("awards")
public record AwardsProperties(boolean demoData, Admin admin, Signing signing, Agency agency, Prize prize) {

  public AwardsProperties {
    admin = admin == null ? new Admin(null, null) : admin;
    signing = signing == null ? new Signing(false) : signing;
    agency = agency == null ? Agency.SOC_TRANG : agency;
    prize = prize == null ? Prize.DEFAULT : prize;
  }

  /** The first administrator when no demo data is loaded; there is no default. */
  public record Admin(String user, String password) {
    public boolean isGiven() {
      return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
  }

  public record Signing(boolean deputyMaySign) {}

  /**
   * The issuing agency as printed on its documents. {@code signerName} is the Director's name on
   * documents he or she signs; blank takes the signing user's name from the user directory.
   */
  public record Agency(String name, String shortName, String superior, String code, String place,
      String province, String signerTitle, String deputyTitle, String signerName) {

    public Agency {
      deputyTitle = deputyTitle == null || deputyTitle.isBlank() ? "Phó " + lowerFirst(signerTitle) : deputyTitle;
      signerName = signerName == null ? "" : signerName.strip();
    }

    static final Agency SOC_TRANG = new Agency("Sở Tài nguyên và Môi trường tỉnh Sóc Trăng",
        "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Sóc Trăng", "STNMT", "Sóc Trăng",
        "tỉnh Sóc Trăng", "Giám đốc", "Phó Giám đốc", "");

    private static String lowerFirst(String title) {
      return title == null || title.isEmpty() ? "" : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
  }

  /**
   * Prize money (SPEC §5): the base salary times a multiple per award and nominee kind, rounded up to
   * {@code roundUpTo} đồng.
   */
  public record Prize(long baseSalary, long roundUpTo, Map<AwardType, Map<NomineeKind, BigDecimal>> multiples) {

    static final Prize DEFAULT = new Prize(2_340_000, 10_000, Map.of(
        AwardType.DIRECTOR_CERTIFICATE, Map.of(NomineeKind.INDIVIDUAL, new BigDecimal("0.3"),
            NomineeKind.COLLECTIVE, new BigDecimal("0.6")),
        AwardType.PROVINCE_CERTIFICATE, Map.of(NomineeKind.INDIVIDUAL, new BigDecimal("1.5"),
            NomineeKind.COLLECTIVE, new BigDecimal("3.0"))));

    public Prize {
      multiples = multiples == null ? DEFAULT.multiples() : multiples;
      roundUpTo = roundUpTo <= 0 ? 1 : roundUpTo;
    }

    /** The amount in đồng; a missing multiple is a configuration error, said at the first use. */
    public long amount(AwardType award, NomineeKind kind) {
      BigDecimal multiple = multiples.getOrDefault(award, Map.of()).get(kind);
      if (multiple == null) {
        throw new IllegalStateException("awards.prize.multiples." + award + "." + kind + " is not configured");
      }
      long exact = multiple.multiply(BigDecimal.valueOf(baseSalary)).setScale(0, java.math.RoundingMode.CEILING)
          .longValueExact();
      return (exact + roundUpTo - 1) / roundUpTo * roundUpTo;
    }
  }
}
