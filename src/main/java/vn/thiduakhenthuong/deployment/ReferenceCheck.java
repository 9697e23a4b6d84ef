package vn.thiduakhenthuong.deployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.thiduakhenthuong.validation.InvalidInputException;

/**
 * Refuses a deployment whose diagrams refer to something that does not exist, saying which element
 * of which file refers to what: a bean ({@code delegateExpression}, or {@code ${bean.method(..)}} in
 * expressions), a form ({@code formRef}), a decision ({@code decisionRef}), a called process, a
 * message, a candidate group. What is looked for: the same deployment first, then what is deployed.
 * An exclusive gateway that splits must have a default flow: without one, a case no condition covers
 * stops the nomination with an engine error.
 */
@Component
public class ReferenceCheck extends AbstractProcessEnginePlugin implements Deployer {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");
  private static final Pattern WHOLE_BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Set<String> BUILT_IN = Set.of("execution", "task", "decisionResult", "variables",
      "authenticatedUserId", "processEngine", "processEngineServices");

  private final ApplicationContext beans;

  public ReferenceCheck(ApplicationContext beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(this);
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(deployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    resources.forEach((name, resource) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        check(name, parse(resource.getBytes()), resources, problems);
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException("deployment",
          "Triển khai bị từ chối vì sơ đồ tham chiếu đến thứ không tồn tại: " + String.join("; ", problems) + ".");
    }
  }

  private void check(String file, Document xml, Map<String, ResourceEntity> resources, List<String> problems) {
    NodeList all = xml.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String where = file + ", phần tử " + owner(element);
      expect(problems, where, "bean", bean(element.getAttributeNS(CAMUNDA, "delegateExpression")),
          beans::containsBean);
      for (String attribute : List.of("expression", "collection", "dueDate", "assignee", "candidateUsers", "candidateGroups")) {
        calledBeans(element.getAttributeNS(CAMUNDA, attribute))
            .forEach(bean -> expect(problems, where, "bean", bean, beans::containsBean));
      }
      if ("timeDate".equals(element.getLocalName()) || "conditionExpression".equals(element.getLocalName())) {
        calledBeans(element.getTextContent()).forEach(bean -> expect(problems, where, "bean", bean, beans::containsBean));
      }
      expect(problems, where, "biểu mẫu", element.getAttributeNS(CAMUNDA, "formRef"),
          form -> formInDeployment(form, resources) || formDeployed(form));
      expect(problems, where, "bảng quyết định", element.getAttributeNS(CAMUNDA, "decisionRef"),
          decision -> inDeployment(resources, ".dmn", "id=\"" + decision + "\"") || decisionDeployed(decision));
      if ("callActivity".equals(element.getLocalName())) {
        expect(problems, where, "quy trình được gọi", element.getAttribute("calledElement"),
            process -> inDeployment(resources, ".bpmn", "id=\"" + process + "\"") || processDeployed(process));
      }
      if (element.hasAttribute("messageRef")) {
        String ref = element.getAttribute("messageRef");
        expect(problems, where, "thông điệp", ref, message -> hasMessage(xml, message));
      }
      if ("exclusiveGateway".equals(element.getLocalName()) && outgoing(element) > 1
          && element.getAttribute("default").isBlank()) {
        problems.add(where + " chia nhánh nhưng không có nhánh mặc định (default)");
      }
      for (String group : element.getAttributeNS(CAMUNDA, "candidateGroups").split(",")) {
        if (!group.isBlank() && !group.contains("${")) {
          expect(problems, where, "nhóm", group.strip(), this::groupExists);
        }
      }
    }
  }

  private static void expect(List<String> problems, String where, String kind, String reference,
      Predicate<String> exists) {
    if (reference != null && !reference.isBlank() && !exists.test(reference)) {
      problems.add(where + " tham chiếu " + kind + " «" + reference + "» không tồn tại");
    }
  }

  private static int outgoing(Element gateway) {
    return gateway.getElementsByTagNameNS(BPMN, "outgoing").getLength();
  }

  private static String bean(String delegateExpression) {
    Matcher matcher = WHOLE_BEAN.matcher(delegateExpression == null ? "" : delegateExpression.strip());
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static List<String> calledBeans(String expression) {
    List<String> found = new ArrayList<>();
    Matcher matcher = BEAN_CALL.matcher(expression == null ? "" : expression);
    while (matcher.find()) {
      if (!BUILT_IN.contains(matcher.group(1))) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }

  private static String owner(Element element) {
    for (Element e = element; e != null; e = e.getParentNode() instanceof Element parent ? parent : null) {
      if (e.hasAttribute("id") && BPMN.equals(e.getNamespaceURI())) {
        return e.getAttribute("id");
      }
    }
    return element.getLocalName();
  }

  private static boolean hasMessage(Document xml, String id) {
    NodeList messages = xml.getElementsByTagNameNS(BPMN, "message");
    for (int i = 0; i < messages.getLength(); i++) {
      Element message = (Element) messages.item(i);
      if (id.equals(message.getAttribute("id")) && !message.getAttribute("name").isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean formInDeployment(String form, Map<String, ResourceEntity> resources) {
    return resources.entrySet().stream().filter(e -> e.getKey().endsWith(".form")).anyMatch(e -> {
      Matcher id = FORM_ID.matcher(new String(e.getValue().getBytes(), StandardCharsets.UTF_8));
      while (id.find()) {
        if (id.group(1).equals(form)) {
          return true;
        }
      }
      return false;
    });
  }

  private static boolean inDeployment(Map<String, ResourceEntity> resources, String suffix, String marker) {
    return resources.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
        .anyMatch(e -> new String(e.getValue().getBytes(), StandardCharsets.UTF_8).contains(marker));
  }

  private static CommandContext context() {
    return Context.getCommandContext();
  }

  private static boolean formDeployed(String key) {
    return context().getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null;
  }

  private static boolean decisionDeployed(String key) {
    return context().getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key) != null;
  }

  private static boolean processDeployed(String key) {
    return context().getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null;
  }

  private boolean groupExists(String group) {
    return context().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration().getIdentityService()
        .createGroupQuery().groupId(group).count() > 0);
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception unreadable) {
      throw new InvalidInputException("deployment", "Không đọc được tệp BPMN: " + unreadable.getMessage());
    }
  }
}
