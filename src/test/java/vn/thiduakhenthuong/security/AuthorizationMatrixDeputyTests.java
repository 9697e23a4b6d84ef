package vn.thiduakhenthuong.security;

import java.util.Set;
import org.springframework.test.context.TestPropertySource;
import vn.thiduakhenthuong.security.AuthorizationMatrix.Action;

/**
 * The rows of the authorization matrix that need {@code awards.signing.deputy-may-sign=true}: the same
 * probes as AuthorizationMatrixTests, on an app started with deputies allowed to sign. What was seen is
 * written to target/authorization-matrix-deputy.md.
 */
@TestPropertySource(properties = "awards.signing.deputy-may-sign=true")
class AuthorizationMatrixDeputyTests extends AuthorizationMatrixTests {

  @Override
  Set<Action> actions() {
    return AuthorizationMatrix.deputyMaySign();
  }

  @Override
  String reportName() {
    return "authorization-matrix-deputy.md";
  }
}
