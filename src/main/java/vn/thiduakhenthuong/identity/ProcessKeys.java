package vn.thiduakhenthuong.identity;

import java.util.List;

/** The four process keys of SPEC §4 (a contract). */
public final class ProcessKeys {

  public static final String NOMINATION = "nomination";
  public static final String COUNCIL_SESSION = "council-session";
  public static final String AWARD_DECISION = "award-decision";
  public static final String PROVINCE_SUBMISSION = "province-submission";

  public static final List<String> ALL =
      List.of(NOMINATION, COUNCIL_SESSION, AWARD_DECISION, PROVINCE_SUBMISSION);

  private ProcessKeys() {}
}
