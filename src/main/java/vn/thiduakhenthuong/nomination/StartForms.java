package vn.thiduakhenthuong.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.CommandInterceptors;

/**
 * A start form as the user gets it. Its «Đơn vị đề nghị» (a select keyed {@code unitCode}) offers the units the
 * user heads, by the names Admin gives them, instead of the list written in the form file: a unit added in Admin
 * appears at once, a head of several units sees his own and no other unit, and a head of one finds it chosen.
 * Its «Năm» (a number keyed {@code year}) starts at this year in Vietnam when the file gives it no default, as
 * «Đợt khen thưởng» starts at the annual awards. Done where the engine serves a start form
 * ({@code GetDeployedStartFormCmd}: Tasklist, {@code /engine-rest}, {@code FormService}), so every way of opening
 * it agrees. The file stays what Camunda Modeler previews, and its unit list what a user who heads no unit gets
 * (starting refuses him anyway, in Vietnamese).
 */
@Component
class StartForms extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.addPost(configuration, new ForTheUser());
  }

  static final class ForTheUser extends CommandInterceptor {

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
        return (T) forTheUser(form);
      }
      return result;
    }
  }

  private static InputStream forTheUser(InputStream form) {
    byte[] deployed;
    try (form) {
      deployed = form.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    JsonNode schema;
    try {
      schema = JSON.readTree(deployed);
    } catch (IOException notACamundaForm) {
      return new ByteArrayInputStream(deployed); // an embedded (HTML) form
    }
    boolean changed = thisYear(schema);
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    if (caller != null && caller.getUserId() != null) {
      changed |= usersUnits(schema, context.getProcessEngineConfiguration().getIdentityService(), caller.getUserId());
    }
    if (!changed) {
      return new ByteArrayInputStream(deployed);
    }
    try {
      return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  private static boolean thisYear(JsonNode schema) {
    boolean changed = false;
    for (ObjectNode year : fields(schema, NominationFields.YEAR, "number")) {
      if (!year.has("defaultValue")) {
        year.put("defaultValue", Nomination.today().getYear());
        changed = true;
      }
    }
    return changed;
  }

  private static boolean usersUnits(JsonNode schema, IdentityService identity, String userId) {
    List<ObjectNode> selects = fields(schema, NominationFields.UNIT_CODE, "select");
    if (selects.isEmpty()) {
      return false;
    }
    SortedMap<String, String> units = UnitDirectory.unitsHeadedBy(identity, userId);
    if (units.isEmpty()) {
      return false;
    }
    for (ObjectNode select : selects) {
      ArrayNode values = select.putArray("values");
      units.forEach((code, name) -> values.addObject().put("label", name).put("value", code));
      if (units.size() == 1) {
        select.put("defaultValue", units.firstKey());
      } else {
        select.remove("defaultValue");
      }
    }
    return true;
  }

  /** The form's fields of that key and type, at any depth (groups and rows nest components). */
  private static List<ObjectNode> fields(JsonNode schema, String key, String type) {
    List<ObjectNode> found = new ArrayList<>();
    Deque<JsonNode> components = new ArrayDeque<>();
    components.push(schema);
    while (!components.isEmpty()) {
      JsonNode component = components.pop();
      if (component instanceof ObjectNode object && key.equals(object.path("key").asText())
          && type.equals(object.path("type").asText())) {
        found.add(object);
      }
      component.path("components").forEach(components::push);
    }
    return found;
  }
}
