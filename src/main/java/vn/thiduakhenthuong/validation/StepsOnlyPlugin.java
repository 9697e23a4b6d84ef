package vn.thiduakhenthuong.validation;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.springframework.stereotype.Component;

/**
 * People change a running process through its steps only: a start, a task's completion, a message
 * (SPEC §4.5), each checked by its listener. The engine's authorizations are coarser: a unit head may
 * update the own nomination (to withdraw it), and the engine takes that as the right to set any of
 * its variables, move its token past the Council (instance modification) or trigger its events; an
 * assignee may set a task's variables. Called from outside (REST, Tasklist), those commands are
 * refused for everyone but administrators. Our own delegates run inside another command and are not
 * affected.
 */
@Component
public class StepsOnlyPlugin extends AbstractProcessEnginePlugin {

  static final List<Class<?>> DIRECT_CHANGES = List.of(AbstractSetVariableCmd.class, AbstractRemoveVariableCmd.class,
      AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class, AbstractModificationCmd.class,
      ModifyProcessInstanceCmd.class, SignalCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
      ResolveTaskCmd.class);

  static final String REFUSED = "Dữ liệu của quy trình chỉ thay đổi qua các bước của nó (bắt đầu, hoàn thành việc, "
      + "thông điệp), nơi mọi giá trị được kiểm tra; không được sửa biến, chuyển bước hay kích hoạt sự kiện trực tiếp.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OutsideCalls.check(configuration, (command, caller) -> {
      if (OutsideCalls.isPerson(caller) && DIRECT_CHANGES.stream().anyMatch(type -> type.isInstance(command))) {
        throw new NotAllowedException(REFUSED);
      }
    });
  }
}
