package vn.thiduakhenthuong.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduakhenthuong.documents.ApiErrors;
import vn.thiduakhenthuong.documents.Downloads;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.UnitDirectory;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.registry.AwardRegistry.SummaryRow;

/**
 * The award registry for the Office (SPEC §7.1): rows by year, unit, period and award type, the same
 * as a spreadsheet, and the counts and money by unit and award type (sơ kết 2025, tổng kết 2030).
 * Others get 403.
 */
@RestController
class RegistryController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

  private final AwardRegistry registry;
  private final UnitDirectory directory;
  private final IdentityService identity;
  private final ObjectMapper json;

  RegistryController(AwardRegistry registry, UnitDirectory directory, ProcessEngine engine, ObjectMapper json) {
    this.registry = registry;
    this.directory = directory;
    this.identity = engine.getIdentityService();
    this.json = json;
  }

  /** The rows as a JSON array, written while they are read: the whole registry is never held at once. */
  @GetMapping("/api/registry")
  void list(@RequestParam(required = false) String year, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String period, @RequestParam(required = false) String awardType,
      @RequestParam(required = false) String nominee, HttpServletResponse response) throws IOException {
    checkOffice();
    RegistryFilter filter = filter(year, unitCode, period, awardType, nominee);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    ObjectWriter writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
      out.writeStartArray();
      registry.forEach(filter, entry -> {
        try {
          writer.writeValue(out, entry);
        } catch (IOException clientGone) {
          throw new UncheckedIOException(clientGone);
        }
      });
      out.writeEndArray();
    }
  }

  @GetMapping("/api/registry.xlsx")
  void spreadsheet(@RequestParam(required = false) String year,
      @RequestParam(required = false) String unitCode, @RequestParam(required = false) String period,
      @RequestParam(required = false) String awardType, @RequestParam(required = false) String nominee,
      HttpServletResponse response) throws IOException {
    checkOffice();
    RegistryFilter filter = filter(year, unitCode, period, awardType, nominee);
    response.setContentType(XLSX.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("so-khen-thuong" + suffix(filter) + ".xlsx"));
    RegistrySpreadsheet.rows(each -> registry.forEach(filter, each), filter, response.getOutputStream());
  }

  /**
   * The units the list may be filtered by, by name as Vietnamese sort them: the directory's units, and the
   * units of awards recorded under a code the directory no longer has (with the name recorded then).
   */
  @GetMapping("/api/registry/units")
  List<Unit> units() {
    checkOffice();
    Map<String, String> units = new HashMap<>(registry.units());
    units.putAll(directory.allUnits());
    return units.entrySet().stream()
        .map(unit -> new Unit(unit.getKey(), unit.getValue() == null ? unit.getKey() : unit.getValue()))
        .sorted(Comparator.comparing(Unit::name, Collator.getInstance(Locale.forLanguageTag("vi"))))
        .toList();
  }

  record Unit(String code, String name) {}

  @GetMapping("/api/registry/summary")
  Map<String, Object> summary(@RequestParam(required = false) String period, @RequestParam(required = false) String year) {
    checkOffice();
    RegistryFilter filter = filter(year, null, period, null, null);
    List<SummaryRow> rows = registry.summary(filter);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("period", filter.period());
    answer.put("year", filter.year());
    answer.put("rows", rows);
    answer.put("totals", Map.of(
        "collectives", rows.stream().mapToInt(SummaryRow::collectives).sum(),
        "individuals", rows.stream().mapToInt(SummaryRow::individuals).sum(),
        "awards", rows.stream().mapToInt(SummaryRow::awards).sum(),
        "prizeTotal", rows.stream().mapToLong(SummaryRow::prizeTotal).sum()));
    return answer;
  }

  @GetMapping("/api/registry/summary.xlsx")
  ResponseEntity<byte[]> summarySpreadsheet(@RequestParam(required = false) String period,
      @RequestParam(required = false) String year) throws IOException {
    checkOffice();
    RegistryFilter filter = filter(year, null, period, null, null);
    return file("tong-hop-khen-thuong" + suffix(filter) + ".xlsx",
        RegistrySpreadsheet.summary(registry.summary(filter), filter));
  }

  private static ResponseEntity<byte[]> file(String name, byte[] content) {
    return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(content);
  }

  private static String attachment(String name) {
    return Downloads.attachment(name);
  }

  private static String suffix(RegistryFilter filter) {
    return (filter.year() == null ? "" : "-" + filter.year()) + (filter.period() == null ? "" : "-" + filter.period());
  }

  private void checkOffice() {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Groups.OFFICE) && !groups.contains(Groups.ADMIN)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Sổ theo dõi khen thưởng chỉ dành cho Văn phòng Sở.");
    }
  }

  private static RegistryFilter filter(String year, String unitCode, String period, String awardType, String nominee) {
    return new RegistryFilter(ApiErrors.year(year, 2000, 2100), unitCode(unitCode),
        name(period, "period", "Đợt khen thưởng", Period.class),
        name(awardType, "awardType", "Hình thức khen thưởng", AwardType.class), ApiErrors.namePart(nominee));
  }

  private static String unitCode(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      return null;
    }
    if (!UNIT_CODE.matcher(unitCode.strip()).matches()) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Mã đơn vị «" + ApiErrors.shown(unitCode) + "» không hợp lệ.");
    }
    return unitCode.strip();
  }

  private static <E extends Enum<E>> String name(String value, String parameter, String label, Class<E> type) {
    E constant = ApiErrors.oneOf(value, parameter, label, type);
    return constant == null ? null : constant.name();
  }
}
