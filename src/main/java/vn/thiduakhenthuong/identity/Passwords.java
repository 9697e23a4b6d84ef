package vn.thiduakhenthuong.identity;

/**
 * Camunda's password policy ({@code enable-password-policy} in application.yaml: its default rules) said in
 * Vietnamese, for the answers that refuse a password: engine REST (Admin, the welcome page, scripts) and the
 * first administrator's start.
 */
public final class Passwords {

  /** The policy's rules, as a clause. */
  public static final String RULES = "ít nhất 10 ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, "
      + "không chứa tên đăng nhập, họ, tên hay địa chỉ thư điện tử";

  /** The engine's words when a password does not meet the policy (SaveUserCmd). */
  public static final String ENGINE_REFUSAL = "Password does not match policy";

  private Passwords() {}
}
