package vn.thiduakhenthuong.registry;

import java.time.LocalDate;

/** One award granted (SPEC §7): a row of the award registry, as /api/registry lists it. */
public record RegistryEntry(String businessKey, String nomineeName, String nomineeKind, String nomineeTitle,
    String unitCode, String unitName, String awardType, String period, int year, String decisionNumber,
    LocalDate decisionDate, long prizeAmount, String batchId, Long documentId) {}
