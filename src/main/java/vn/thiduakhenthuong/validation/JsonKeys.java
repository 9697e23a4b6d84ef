package vn.thiduakhenthuong.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;


/**
 * A "Json list" of SPEC §4.5: the business keys a checklist submits. Tasklist sends a Spin Json
 * array; REST clients may send Json, a JSON string or a list. Anything else is bad input.
 */
public final class JsonKeys {

  private JsonKeys() {}

  public static Set<String> read(Object value, String variable, String label) {
    Set<String> keys = new LinkedHashSet<>();
    if (value == null) {
      return keys;
    }
    try {
      if (value instanceof List<?> list) {
        for (Object item : list) {
          keys.add(text(item, variable, label));
        }
        return keys;
      }
      SpinJsonNode json = value instanceof SpinJsonNode node ? node : Spin.JSON(value.toString());
      if (!json.isArray()) {
        throw notAList(variable, label);
      }
      for (SpinJsonNode item : json.elements()) {
        if (!item.isString()) {
          throw notAList(variable, label);
        }
        keys.add(item.stringValue());
      }
      return keys;
    } catch (InvalidInputException invalid) {
      throw invalid;
    } catch (RuntimeException unreadable) {
      throw notAList(variable, label);
    }
  }

  /** The values of a form's option list ({@code [{"label": …, "value": …}]}). */
  public static Set<String> values(SpinJsonNode options) {
    Set<String> values = new LinkedHashSet<>();
    if (options != null) {
      options.elements().forEach(option -> values.add(option.prop("value").stringValue()));
    }
    return values;
  }

  public static List<String> list(Set<String> keys) {
    return new ArrayList<>(keys);
  }

  private static String text(Object item, String variable, String label) {
    if (!(item instanceof String text)) {
      throw notAList(variable, label);
    }
    return text;
  }

  private static InvalidInputException notAList(String variable, String label) {
    return InvalidInputException.of(variable, label, "phải là danh sách Json các mã hồ sơ, ví dụ [\"DN-2026-0001\"].");
  }
}
