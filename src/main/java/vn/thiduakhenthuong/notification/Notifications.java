package vn.thiduakhenthuong.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.identity.UserNames;

/**
 * Queues mails from inside an engine step (a listener or delegate): finds each recipient's address in
 * the engine's user profile (users without one are skipped and logged), leaves out optional mails a
 * user switched off and the user whose own action this is, renders the templates and writes the
 * outbox in the step's transaction. It never fails the step: a problem here is logged and the mail
 * is lost, never the user's work. Off (a no-op) when no mail host is configured.
 */
@Component
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  /** One rendered mail for one recipient. */
  record Outgoing(MailKind kind, String recipientId, String address, MailTemplates.Mail mail, String businessKey) {}

  private final NotificationProperties properties;
  private final MailTemplates templates;
  private final OutboxStore outbox;
  private final Preferences preferences;
  private final String agencyName;
  private final boolean enabled;

  @Autowired
  public Notifications(NotificationProperties properties, MailTemplates templates, OutboxStore outbox,
      Preferences preferences, AwardsProperties awards, Environment environment) {
    this(properties, templates, outbox, preferences, awards.agency().name(), MailConfigured.isOn(environment));
  }

  private Notifications(NotificationProperties properties, MailTemplates templates, OutboxStore outbox,
      Preferences preferences, String agencyName, boolean enabled) {
    this.properties = properties;
    this.templates = templates;
    this.outbox = outbox;
    this.preferences = preferences;
    this.agencyName = agencyName;
    this.enabled = enabled;
  }

  /** Sends nothing: the engine without a mail server (process tests). */
  public static Notifications off() {
    return new Notifications(NotificationProperties.defaults(), null, null, null, "", false);
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * Runs {@code prepare}, which gathers the values and calls {@code toUsers}/{@code toGroups}, when mail
   * is on; whatever it throws is logged, never passed to the step.
   */
  public void quietly(MailKind kind, String businessKey, Runnable prepare) {
    if (!enabled) {
      return;
    }
    try {
      prepare.run();
    } catch (RuntimeException problem) {
      LOG.error("{} mail for {} not prepared; the step goes on without it", kind, businessKey, problem);
    }
  }

  public String taskLink(String taskId) {
    return properties.taskLink(taskId);
  }

  public void toUsers(MailKind kind, Collection<String> userIds, Map<String, String> values, String businessKey) {
    queue(kind, identity -> userIds, values, businessKey);
  }

  public void toGroups(MailKind kind, Collection<String> groupIds, Map<String, String> values, String businessKey) {
    queue(kind, identity -> members(identity, groupIds), values, businessKey);
  }

  /** To the Office chief ({@code awards.notifications.office-chief}): a user of that id, else that group's members. */
  public void toOfficeChief(MailKind kind, Map<String, String> values, String businessKey) {
    String chief = properties.officeChief();
    queue(kind, identity -> identity.createUserQuery().userId(chief).count() > 0
        ? List.of(chief) : members(identity, List.of(chief)), values, businessKey);
  }

  private interface Recipients {
    Collection<String> of(IdentityService identity);
  }

  private void queue(MailKind kind, Recipients recipients, Map<String, String> values, String businessKey) {
    if (!enabled) {
      return;
    }
    try {
      CommandContext command = Context.getCommandContext();
      if (command == null) {
        throw new IllegalStateException("notifications are queued from inside an engine step only");
      }
      outbox.add(command.runWithoutAuthorization(() -> render(kind,
          Context.getProcessEngineConfiguration().getIdentityService(), recipients, values, businessKey)));
    } catch (RuntimeException problem) {
      LOG.error("{} mail for {} not queued; the step goes on without it", kind, businessKey, problem);
    }
  }

  private List<Outgoing> render(MailKind kind, IdentityService identity, Recipients recipients,
      Map<String, String> values, String businessKey) {
    Authentication actor = identity.getCurrentAuthentication();
    List<Outgoing> mails = new ArrayList<>();
    TreeSet<String> userIds = new TreeSet<>(recipients.of(identity));
    if (userIds.isEmpty()) {
      LOG.info("{} mail for {}: nobody to send it to", kind, businessKey);
    }
    for (String userId : userIds) {
      if (kind.skipsActor() && actor != null && userId.equals(actor.getUserId())) {
        continue;
      }
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        LOG.info("{} mail not sent to {}: no e-mail address in the user profile", kind, userId);
        continue;
      }
      if (!preferences.wants(userId, kind.category())) {
        LOG.debug("{} mail not sent to {}: switched off", kind, userId);
        continue;
      }
      Map<String, String> all = new HashMap<>(values);
      all.put("recipientName", UserNames.of(identity, userId));
      all.put("agencyName", agencyName);
      all.put("tasklistLink", properties.tasklistLink());
      mails.add(new Outgoing(kind, userId, user.getEmail().strip(), templates.render(kind.template(), all),
          businessKey));
    }
    return mails;
  }

  private static List<String> members(IdentityService identity, Collection<String> groupIds) {
    List<String> users = new ArrayList<>();
    for (String group : groupIds) {
      identity.createUserQuery().memberOfGroup(group).list().forEach(user -> users.add(user.getId()));
    }
    return users;
  }
}
