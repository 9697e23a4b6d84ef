package vn.thiduakhenthuong.identity;

import java.time.Duration;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tasklist asks for its task lists in HAL, which embeds each task's assignee and candidate groups: without a
 * cache, every list and every opened task asks the engine for those users and groups again (two engine
 * commands, each with its authorization check). Camunda's cache of HAL relations keeps them for
 * {@code awards.tasklist.names-cache} (0: none), the way Camunda's own distributions offer it for users and
 * groups. The cache is shared by all users, which shows nobody more than without it: every Tasklist user may
 * read every user and group ({@link RoleSetup}). A name changed in Admin reaches Tasklist's lists within that
 * time. Identity links are not cached: they carry the assignee, which a claim changes.
 */
@Component
class TasklistNamesCache implements InitializingBean, DisposableBean {

  private final Duration timeToLive;

  TasklistNamesCache(@Value("${awards.tasklist.names-cache:5m}") Duration timeToLive) {
    this.timeToLive = timeToLive;
  }

  @Override
  public void afterPropertiesSet() {
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      return;
    }
    String cache = "{\"capacity\": 1000, \"secondsToLive\": %d}".formatted(timeToLive.toSeconds());
    new HalRelationCacheBootstrap().configureCaches("""
        {"cacheImplementation": "%s", "caches": {"%s": %s, "%s": %s}}"""
        .formatted(DefaultHalResourceCache.class.getName(), HalUser.class.getName(), cache,
            HalGroup.class.getName(), cache));
  }

  /** The cache is the REST library's, one per JVM: it goes with the context that made it. */
  @Override
  public void destroy() {
    Hal.getInstance().destroyHalRelationCaches();
  }
}
