package org.pedcom.adapters.validation;

/**
 * Validation group that opts in to the findings that are not violations («предупреждения» and «сведения»). A
 * {@link CompliesWith} declared with this group reports warnings and infos only; one with any other group (the
 * default group included) reports violations only. Declare both and validate with both groups to see everything,
 * each finding once:
 *
 * <pre>{@code
 * @CompliesWith(profile = "rybnovsky-pps")
 * @CompliesWith(profile = "rybnovsky-pps", groups = ComplianceWarnings.class)
 * class CommunityYearForm implements CommunityRecordSource { ... }
 *
 * validator.validate(form);                                           // violations
 * validator.validate(form, Default.class, ComplianceWarnings.class);  // violations, warnings, infos
 * }</pre>
 */
public interface ComplianceWarnings {
}
