package vn.thiduakhenthuong.deployment;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ as soon as the engine is built, before the job executor and webapps run,
 * and after the role groups exist (ReferenceCheck verifies candidate groups).
 */
@Component
@Order(25)
class DeployOnStartPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    new ResourceDeployer(getClass().getClassLoader()).deploy(processEngine);
  }
}
