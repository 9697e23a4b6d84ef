package vn.thiduakhenthuong.identity;

/** No administrator exists and none is configured (or only with a weak password): the app must not start without one. */
public class MissingAdministratorException extends RuntimeException {

  MissingAdministratorException(String message) {
    super(message);
  }
}
