package vn.thiduakhenthuong.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into Spring Boot's short "APPLICATION FAILED TO START" report. */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the environment variables ADMIN_USER and ADMIN_PASSWORD, a password that meets the password policy "
            + "(see README, \"Profiles\" and \"Security\"), "
            + "or start with awards.demo-data=true for a demo.",
        cause);
  }
}
