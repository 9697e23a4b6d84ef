package vn.thiduakhenthuong.decision;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.identity.Groups;

/**
 * Who signs decisions and submissions: the Director, and the deputy directors when
 * {@code awards.signing.deputy-may-sign=true} (they sign "KT. GIÁM ĐỐC"). The sign tasks take their
 * candidate groups from {@code ${signers.candidateGroups()}}.
 */
@Component("signers")
public class Signers {

  private final AwardsProperties properties;

  public Signers(AwardsProperties properties) {
    this.properties = properties;
  }

  public List<String> candidateGroups() {
    return properties.signing().deputyMaySign()
        ? List.of(Groups.DIRECTOR, Groups.DEPUTY_DIRECTORS) : List.of(Groups.DIRECTOR);
  }

  /** How {@code userId} signs, or null when he or she may not sign. */
  public Signature signatureOf(IdentityService identity, String userId) {
    if (userId == null) {
      return null;
    }
    if (isMember(identity, userId, Groups.DIRECTOR)) {
      return new Signature(userId, false);
    }
    if (properties.signing().deputyMaySign() && isMember(identity, userId, Groups.DEPUTY_DIRECTORS)) {
      return new Signature(userId, true);
    }
    return null;
  }

  private static boolean isMember(IdentityService identity, String userId, String group) {
    return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
  }

  /** A signer: the Director, or a deputy signing for the Director. */
  public record Signature(String userId, boolean deputy) {}
}
