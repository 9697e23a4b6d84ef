package vn.thiduakhenthuong.nomination;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.thiduakhenthuong.nomination.Nomination.AchievementBasis;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.NomineeKind;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.nomination.Nomination.TaskRating;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * The variables a unit head gives when proposing (SPEC §4.1), in one place: names, Vietnamese labels
 * and rules. Used at the start and again when the dossier is supplemented.
 */
public record NominationFields(String unitCode, Period period, int year, AwardType awardType,
    NomineeKind nomineeKind, String nomineeName, String nomineeTitle, String achievements,
    TaskRating taskRating, int consecutiveExcellentYears, int initiativeCount,
    AchievementBasis achievementBasis, String submissionNumber, LocalDate submissionDate) {

  public static final String UNIT_CODE = "unitCode";
  public static final String PERIOD = "period";
  public static final String YEAR = "year";
  public static final String AWARD_TYPE = "awardType";
  public static final String NOMINEE_KIND = "nomineeKind";
  public static final String NOMINEE_NAME = "nomineeName";
  public static final String NOMINEE_TITLE = "nomineeTitle";
  public static final String ACHIEVEMENTS = "achievements";
  public static final String TASK_RATING = "taskRating";
  public static final String CONSECUTIVE_EXCELLENT_YEARS = "consecutiveExcellentYears";
  public static final String INITIATIVE_COUNT = "initiativeCount";
  public static final String ACHIEVEMENT_BASIS = "achievementBasis";
  public static final String SUBMISSION_NUMBER = "submissionNumber";
  public static final String SUBMISSION_DATE = "submissionDate";

  public static final Set<String> NAMES = Set.of(UNIT_CODE, PERIOD, YEAR, AWARD_TYPE, NOMINEE_KIND,
      NOMINEE_NAME, NOMINEE_TITLE, ACHIEVEMENTS, TASK_RATING, CONSECUTIVE_EXCELLENT_YEARS,
      INITIATIVE_COUNT, ACHIEVEMENT_BASIS, SUBMISSION_NUMBER, SUBMISSION_DATE);

  static final int FIRST_YEAR = 2021;
  static final int LAST_YEAR = 2030;

  /**
   * Reads and checks every field; {@code starterUnits} are the codes of the units the starter heads.
   * A missing unit is the starter's only unit.
   */
  public static NominationFields read(VariableReader in, Set<String> starterUnits) {
    return read(in, starterUnits, code -> code);
  }

  /** As {@link #read(VariableReader, Set)}; {@code unitName} names the starter's units in an error. */
  public static NominationFields read(VariableReader in, Set<String> starterUnits, UnaryOperator<String> unitName) {
    String unitCode = unit(in, starterUnits, unitName);
    Period period = in.requiredEnum(PERIOD, "Đợt khen thưởng", Period.class);
    int year = in.requiredInteger(YEAR, "Năm", FIRST_YEAR, LAST_YEAR);
    Nomination.checkPeriodYear(period, year);
    AwardType awardType = in.requiredEnum(AWARD_TYPE, "Hình thức khen thưởng", AwardType.class);
    NomineeKind kind = in.requiredEnum(NOMINEE_KIND, "Đối tượng", NomineeKind.class);
    String name = in.requiredText(NOMINEE_NAME, "Tên cá nhân / tập thể được đề nghị", 200);
    String title = in.requiredText(NOMINEE_TITLE, "Chức vụ, đơn vị công tác hoặc mô tả tập thể", 200);
    String achievements = in.requiredText(ACHIEVEMENTS, "Tóm tắt thành tích", 4000);
    TaskRating rating = in.requiredEnum(TASK_RATING, "Xếp loại mức độ hoàn thành nhiệm vụ", TaskRating.class);
    int years = in.requiredInteger(CONSECUTIVE_EXCELLENT_YEARS,
        "Số năm liên tục hoàn thành xuất sắc nhiệm vụ", 0, 50);
    int initiatives = in.requiredInteger(INITIATIVE_COUNT, "Số sáng kiến được công nhận", 0, 100);
    AchievementBasis basis = in.requiredEnum(ACHIEVEMENT_BASIS, "Căn cứ đề nghị", AchievementBasis.class);
    String number = in.requiredText(SUBMISSION_NUMBER, "Số Tờ trình của đơn vị", 50);
    LocalDate date = in.requiredDate(SUBMISSION_DATE, "Ngày Tờ trình");
    LocalDate today = Nomination.today();
    if (date.isAfter(today) || date.getYear() < FIRST_YEAR) {
      throw InvalidInputException.of(SUBMISSION_DATE, "Ngày Tờ trình",
          "phải từ năm " + FIRST_YEAR + " và không sau ngày hôm nay.");
    }
    return new NominationFields(unitCode, period, year, awardType, kind, name, title, achievements, rating,
        years, initiatives, basis, number, date);
  }

  private static String unit(VariableReader in, Set<String> starterUnits, UnaryOperator<String> unitName) {
    String unitCode = in.optionalText(UNIT_CODE, "Đơn vị đề nghị", 30);
    if (starterUnits.isEmpty()) {
      throw InvalidInputException.of(UNIT_CODE, "Đơn vị đề nghị",
          "người đề nghị phải là thủ trưởng của một phòng, đơn vị trực thuộc Sở.");
    }
    if (unitCode == null) {
      if (starterUnits.size() > 1) {
        throw InvalidInputException.of(UNIT_CODE, "Đơn vị đề nghị",
            "anh/chị phụ trách nhiều đơn vị (" + starterUnits.stream().map(unitName).collect(Collectors.joining(", "))
                + "), hãy chọn một.");
      }
      return starterUnits.iterator().next();
    }
    if (!starterUnits.contains(unitCode)) {
      throw InvalidInputException.of(UNIT_CODE, "Đơn vị đề nghị",
          "anh/chị không phải thủ trưởng đơn vị «" + unitCode + "».");
    }
    return unitCode;
  }
}
