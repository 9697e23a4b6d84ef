package vn.thiduakhenthuong.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a Camunda Form submits: the keys of its fields that are not disabled (form-js leaves
 * disabled fields out of the submitted data, so Tasklist sends exactly these). SPEC §4.5 gives REST
 * clients the same variables.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {}

  public static Set<String> submitted(InputStream form) {
    try (InputStream in = form) {
      Set<String> keys = new LinkedHashSet<>();
      collect(JSON.readTree(in), keys);
      return keys;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void collect(JsonNode container, Set<String> keys) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
      collect(component, keys);
    }
  }
}
