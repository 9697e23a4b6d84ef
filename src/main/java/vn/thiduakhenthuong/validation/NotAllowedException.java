package vn.thiduakhenthuong.validation;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A rule of ours about who may do something, beyond the engine's authorizations, with a Vietnamese
 * message. Thrown by listeners; {@link ValidationErrorPlugin} unwraps it from the engine's wrapper so
 * that REST answers 403 with this message.
 */
public class NotAllowedException extends AuthorizationException {

  public NotAllowedException(String message) {
    super(message);
  }
}
