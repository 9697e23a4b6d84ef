package vn.thiduakhenthuong.council;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Full history, except a Council member's ballot: no history event is written for the variable
 * {@code agreedNominations}, nor for the form fields submitted with a ballot task. It keeps the id of
 * "full" (3), so databases created with "full" stay compatible.
 */
public class SecretBallotHistoryLevel extends HistoryLevelFull {

  public static final String NAME = "full-secret-ballot";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable && Council.AGREED.equals(variable.getName())) {
      return false;
    }
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE && entity instanceof ExecutionEntity execution
        && Council.TASK_CAST_BALLOT.equals(execution.getActivityId())) {
      return false;
    }
    return true;
  }

  /** Makes the engine use this level, whatever {@code camunda.bpm.history-level} says. */
  @Component
  public static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setCustomHistoryLevels(java.util.List.of(new SecretBallotHistoryLevel()));
      configuration.setHistory(NAME);
    }
  }
}
