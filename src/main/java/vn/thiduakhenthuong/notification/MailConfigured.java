package vn.thiduakhenthuong.notification;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Mail is on when {@code spring.mail.host} (MAIL_HOST) is set; otherwise nothing is queued or sent. */
public class MailConfigured implements Condition {

  public static boolean isOn(Environment environment) {
    String host = environment.getProperty("spring.mail.host");
    return host != null && !host.isBlank();
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return isOn(context.getEnvironment());
  }
}
