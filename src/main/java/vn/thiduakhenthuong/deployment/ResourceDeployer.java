package vn.thiduakhenthuong.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Deploys {@code bpmn/} (BPMN, DMN) and {@code forms/} under names that do not depend on how the app
 * runs: {@code bpmn/nomination.bpmn}, never an absolute path. With duplicate filtering on changed
 * resources only, a restart deploys nothing new and a changed file gets a new version of that file
 * alone (STACK.md: the starter names resources differently in the jar and in spring-boot:run).
 */
public class ResourceDeployer {

  public static final String DEPLOYMENT_NAME = "thi-dua-khen-thuong";
  public static final String DEPLOYMENT_SOURCE = "awards-app";

  private static final Logger LOG = LoggerFactory.getLogger(ResourceDeployer.class);
  private static final String[][] FOLDERS_AND_SUFFIXES = {
      {"bpmn", "bpmn"}, {"bpmn", "dmn"}, {"forms", "form"}};

  private final ResourcePatternResolver resolver;

  public ResourceDeployer(ClassLoader classLoader) {
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
  }

  /** The deployable files on the classpath, by stable name. */
  public Map<String, Resource> findResources() {
    Map<String, Resource> byName = new TreeMap<>();
    try {
      for (String[] folderAndSuffix : FOLDERS_AND_SUFFIXES) {
        String folder = folderAndSuffix[0];
        for (Resource resource : resolver.getResources(
            "classpath*:" + folder + "/**/*." + folderAndSuffix[1])) {
          byName.put(stableName(folder, resource.getURL().toString()), resource);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the process resources", e);
    }
    return byName;
  }

  /** {@code .../target/classes/bpmn/a/x.bpmn} and {@code jar:...!/BOOT-INF/classes!/bpmn/a/x.bpmn} → {@code bpmn/a/x.bpmn}. */
  static String stableName(String folder, String url) {
    int at = url.lastIndexOf("/" + folder + "/");
    if (at < 0) {
      throw new IllegalArgumentException("Not under " + folder + "/: " + url);
    }
    return url.substring(at + 1);
  }

  /** Deploys what changed; returns the new deployment or null when nothing changed. */
  public Deployment deploy(ProcessEngine engine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("No BPMN, DMN or form found under bpmn/ and forms/: nothing deployed");
      return null;
    }
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(true);
    resources.forEach((name, resource) -> {
      try {
        builder.addInputStream(name, resource.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
    });
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    Deployment deployment = builder.deploy();
    boolean created = engine.getRepositoryService().createDeploymentQuery().count() > before;
    LOG.info(created ? "Deployed changed resources as deployment {}" : "No resource changed; deployment {} stays",
        deployment.getId());
    return created ? deployment : null;
  }
}
