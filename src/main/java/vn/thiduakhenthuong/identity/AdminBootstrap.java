package vn.thiduakhenthuong.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;

/**
 * Makes sure someone can administer the system. Without demo data there is no default password: the
 * first administrator comes from ADMIN_USER / ADMIN_PASSWORD, and the app refuses to start, saying
 * so, while no administrator exists and these are missing, or the password does not meet the password
 * policy.
 */
@Component
@Order(40)
class AdminBootstrap extends AbstractProcessEnginePlugin {

  static final String MISSING_ADMIN = "No administrator exists yet (group camunda-admin is empty) and "
      + "ADMIN_USER / ADMIN_PASSWORD are not set. Set both to create the first administrator, "
      + "e.g. ADMIN_USER=quantri ADMIN_PASSWORD='<a strong password>'. "
      + "Chưa có tài khoản quản trị: hãy đặt biến môi trường ADMIN_USER và ADMIN_PASSWORD.";

  static final String WEAK_ADMIN_PASSWORD = "ADMIN_PASSWORD does not meet the password policy: at least 10 "
      + "characters with a lower-case and an upper-case letter, a digit and a sign, not containing ADMIN_USER. "
      + "ADMIN_PASSWORD chưa đạt chính sách mật khẩu: " + Passwords.RULES + ".";

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final AwardsProperties properties;

  AdminBootstrap(AwardsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AwardsProperties.Admin admin = properties.admin();
    if (admin.isGiven() && identity.createUserQuery().userId(admin.user()).count() == 0) {
      User user = identity.newUser(admin.user());
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(admin.password());
      if (identity.getPasswordPolicy() != null
          && !identity.checkPasswordAgainstPolicy(admin.password(), user).isValid()) {
        throw new MissingAdministratorException(WEAK_ADMIN_PASSWORD);
      }
      identity.saveUser(user);
      identity.createMembership(admin.user(), Groups.ADMIN);
      LOG.info("Administrator {} created from ADMIN_USER", admin.user());
    }
    if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
      throw new MissingAdministratorException(MISSING_ADMIN);
    }
  }
}
