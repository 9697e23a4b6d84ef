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
 * A start form's «Đơn vị đề nghị» (a select keyed {@code unitCode}) offers the units the user heads, by the
 * names Admin gives them, instead of the list written in the form file: a unit added in Admin appears at
 * once, a head of several units sees his own and no other unit, and a head of one finds it chosen. Done
 * where the engine serves a start form ({@code GetDeployedStartFormCmd}: Tasklist, {@code /engine-rest},
 * {@code FormService}), so every way of opening it agrees. The file's list stays what Camunda Modeler
 * previews, and what a user who heads no unit gets (starting refuses him anyway, in Vietnamese).
 */
@Component
class StartFormUnits extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.addPost(configuration, new UsersUnits());
  }

  static final class UsersUnits extends CommandInterceptor {

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
        return (T) withUsersUnits(form);
      }
      return result;
    }
  }

  private static InputStream withUsersUnits(InputStream form) {
    byte[] deployed;
    try (form) {
      deployed = form.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return new ByteArrayInputStream(deployed);
    }
    JsonNode schema;
    try {
      schema = JSON.readTree(deployed);
    } catch (IOException notACamundaForm) {
      return new ByteArrayInputStream(deployed); // an embedded (HTML) form
    }
    List<ObjectNode> selects = unitSelects(schema);
    if (selects.isEmpty()) {
      return new ByteArrayInputStream(deployed);
    }
    IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
    SortedMap<String, String> units = UnitDirectory.unitsHeadedBy(identity, caller.getUserId());
    if (units.isEmpty()) {
      return new ByteArrayInputStream(deployed);
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
    try {
      return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  /** The form's selects keyed {@code unitCode}, at any depth (groups and rows nest components). */
  private static List<ObjectNode> unitSelects(JsonNode schema) {
    List<ObjectNode> found = new ArrayList<>();
    Deque<JsonNode> components = new ArrayDeque<>();
    components.push(schema);
    while (!components.isEmpty()) {
      JsonNode component = components.pop();
      if (component instanceof ObjectNode object && NominationFields.UNIT_CODE.equals(object.path("key").asText())
          && "select".equals(object.path("type").asText())) {
        found.add(object);
      }
      component.path("components").forEach(components::push);
    }
    return found;
  }
}
