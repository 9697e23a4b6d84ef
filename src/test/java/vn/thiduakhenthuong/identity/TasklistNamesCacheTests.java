package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.GroupRestService;
import org.camunda.bpm.engine.rest.UserRestService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.identitylink.HalIdentityLink;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.testing.SelectCounter;

/**
 * What Tasklist's task lists embed (HAL): the assignee's and the candidate groups' names, read once and then
 * kept for {@code awards.tasklist.names-cache}, as an Office officer's lists ask for them; a task's identity
 * links, never.
 */
@DirtiesContext
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:names-cache-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class TasklistNamesCacheTests {

  @Autowired ProcessEngine engine;

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldReadAUsersAndAGroupsNameOnceForTasklistsLists() {
    IdentityService identity = engine.getIdentityService();
    // ids no other test uses: the cache is the REST library's, one per JVM
    User user = identity.newUser("namescachetp");
    user.setFirstName("Trần Văn");
    user.setLastName("Phòng");
    identity.saveUser(user);
    Group group = identity.newGroup("namescachegroup");
    group.setName("Phòng Thử nghiệm");
    identity.saveGroup(group);
    identity.setAuthentication("chuyenvien", List.of("office"));

    List<String> firstUsers = SelectCounter.during(engine, () -> assertThat(users()).isEqualTo("Trần Văn Phòng"));
    List<String> firstGroups = SelectCounter.during(engine, () -> assertThat(groups()).isEqualTo("Phòng Thử nghiệm"));
    List<String> againUsers = SelectCounter.during(engine, () -> assertThat(users()).isEqualTo("Trần Văn Phòng"));
    List<String> againGroups = SelectCounter.during(engine, () -> assertThat(groups()).isEqualTo("Phòng Thử nghiệm"));

    assertThat(firstUsers).anyMatch(id -> id.endsWith("selectUserByQueryCriteria"));
    assertThat(firstGroups).anyMatch(id -> id.endsWith("selectGroupByQueryCriteria"));
    assertThat(againUsers).as("the second list").isEmpty();
    assertThat(againGroups).as("the second list").isEmpty();
  }

  @Test
  void shouldKeepNoTasksIdentityLinks() {
    // Tasklist reads a task's assignee from its identity links, which a claim changes
    assertThat(Hal.getInstance().getHalRelationCache(HalIdentityLink.class)).isNull();
    assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isNotNull();
  }

  private String users() {
    List<HalResource<?>> found = Hal.getInstance().getLinkResolver(UserRestService.class)
        .resolveLinks(new String[] {"namescachetp"}, engine);
    HalUser user = (HalUser) found.get(0);
    return user.getFirstName() + " " + user.getLastName();
  }

  private String groups() {
    List<HalResource<?>> found = Hal.getInstance().getLinkResolver(GroupRestService.class)
        .resolveLinks(new String[] {"namescachegroup"}, engine);
    return ((HalGroup) found.get(0)).getName();
  }
}
