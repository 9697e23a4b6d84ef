package vn.thiduakhenthuong.validation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input from a person or a program, with a Vietnamese message that names the field. Thrown by
 * start and completion listeners; the transaction rolls back, and {@link ValidationErrorPlugin}
 * makes sure the caller sees this message (HTTP 400) instead of the engine's wrapper.
 */
public class InvalidInputException extends FormFieldValidationException {

  public InvalidInputException(String field, String message) {
    super(field, message);
  }

  /** The variable (or request field) that was refused. */
  public String field() {
    return getDetail();
  }

  /** «Label» (variable): problem. */
  public static InvalidInputException of(String variable, String label, String problem) {
    return new InvalidInputException(variable, "«" + label + "» (" + variable + "): " + problem);
  }
}
