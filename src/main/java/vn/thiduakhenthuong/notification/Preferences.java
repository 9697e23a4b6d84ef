package vn.thiduakhenthuong.notification;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which optional mails a user has switched off (table {@code notification_opt_out}); essential ones cannot be. */
@Component
public class Preferences {

  private final JdbcTemplate jdbc;

  public Preferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Set<Category> optedOut(String userId) {
    Set<Category> off = EnumSet.noneOf(Category.class);
    jdbc.queryForList("SELECT category FROM notification_opt_out WHERE user_id = ?", String.class, userId)
        .forEach(name -> off.add(Category.valueOf(name)));
    return off;
  }

  public boolean wants(String userId, Category category) {
    return category.essential() || jdbc.queryForObject("SELECT COUNT(*) FROM notification_opt_out "
        + "WHERE user_id = ? AND category = ?", Integer.class, userId, category.name()) == 0;
  }

  /** Switches an optional category on or off for the user; essential ones are refused by the caller. */
  public void set(String userId, Category category, boolean wanted) {
    if (category.essential()) {
      throw new IllegalArgumentException(category + " is essential");
    }
    jdbc.update("DELETE FROM notification_opt_out WHERE user_id = ? AND category = ?", userId, category.name());
    if (!wanted) {
      jdbc.update("INSERT INTO notification_opt_out (user_id, category) VALUES (?, ?)", userId, category.name());
    }
  }
}
