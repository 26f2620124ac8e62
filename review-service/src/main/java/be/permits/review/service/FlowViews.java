package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.AeoNumber;
import be.permits.review.domain.CaseCondition;
import be.permits.review.domain.FlowAssessment;
import be.permits.review.domain.FlowRules;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.StandardConditions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records the flows review answers with: what an agency's reviewer reads and works on. */
public final class FlowViews {
  private FlowViews() {}

  /**
   * A case's declared data flows as one agency reviews them.
   *
   * @param declaredStorage where the operator says, overall, its data is stored
   * @param flags the flags the agency's rules raise, each with the agency's assessment, if any
   * @param conditions the conditions the agency proposes
   * @param library the standard conditions the agency may pick
   * @param canWork whether the agency's step is still open to assessments
   */
  public record FlowReview(
      UUID caseId,
      String reference,
      String applicantLocale,
      List<DeclaredSystem> systems,
      List<String> declaredStorage,
      List<FlagView> flags,
      List<ConditionView> conditions,
      List<StandardConditions.Condition> library,
      CustomsView customs,
      boolean canWork,
      List<SharedAssessment> sharedByOthers) {

    /** The library's conditions the agency has not proposed yet. */
    public List<StandardConditions.Condition> unpicked() {
      return library.stream()
          .filter(l -> conditions.stream().noneMatch(c -> l.id().equals(c.standardId())))
          .toList();
    }

    public long unassessed() {
      return flags.stream().filter(f -> f.assessment() == null).count();
    }
  }

  /** A flag and the agency's assessment of it ({@code null}: not assessed yet). */
  public record FlagView(
      String key,
      String ruleId,
      Map<String, String> title,
      Map<String, String> why,
      String system,
      List<String> countries,
      List<String> categories,
      List<String> platforms,
      List<String> suggests,
      AssessmentView assessment) {
    public String titleIn(String lang) {
      return title.getOrDefault(lang, title.get("en"));
    }

    public String whyIn(String lang) {
      return why.getOrDefault(lang, why.get("en"));
    }
  }

  public record AssessmentView(
      FlowAssessment.Level likelihood,
      FlowAssessment.Level impact,
      String justification,
      String conditionId,
      boolean shared,
      String byName,
      Instant at) {}

  /**
   * Another agency's assessment it shared: which agency, the flag's title (empty if its rule is no
   * longer in force) and system, and what it found.
   */
  public record SharedAssessment(
      Agency agency,
      Map<String, String> title,
      String system,
      FlowAssessment.Level likelihood,
      FlowAssessment.Level impact,
      String justification,
      Instant at) {
    public String titleIn(String lang) {
      return title.getOrDefault(lang, title.getOrDefault("en", ""));
    }
  }

  static SharedAssessment shared(FlowAssessment a, FlowRules rules) {
    Map<String, String> title =
        rules.rules().stream()
            .filter(r -> r.id().equals(a.ruleId))
            .findFirst()
            .map(FlowRules.Rule::title)
            .orElse(Map.of());
    int slash = a.flagKey.indexOf('/');
    return new SharedAssessment(
        a.agency,
        title,
        slash < 0 ? null : a.flagKey.substring(slash + 1),
        a.likelihood,
        a.impact,
        a.justification,
        a.assessedAt);
  }

  /** A proposed condition and the obligation it becomes once the permit is granted. */
  public record ConditionView(
      UUID id,
      String standardId,
      String text,
      Integer everyMonths,
      int firstDueMonths,
      String evidence) {}

  /** What customs read: the AEO number in its parts, the bonded warehouse, the volume. */
  public record CustomsView(AeoNumber aeo, boolean bondedWarehouse, Long declarationsPerYear) {}

  static FlowReview review(
      ReviewCase c,
      PermitSubmitted application,
      List<FlowRules.Flag> flags,
      List<FlowAssessment> assessments,
      List<CaseCondition> conditions,
      List<StandardConditions.Condition> library,
      boolean canWork,
      List<SharedAssessment> sharedByOthers) {
    PermitSubmitted.Customs customs = application.data().customs();
    return new FlowReview(
        c.id,
        c.reference,
        application.applicant().locale(),
        application.systems(),
        application.data().storageCountries(),
        flags.stream().map(f -> flag(f, assessments)).toList(),
        conditions.stream()
            .map(
                cc ->
                    new ConditionView(
                        cc.id,
                        cc.standardId,
                        cc.text,
                        cc.everyMonths,
                        cc.firstDueMonths,
                        cc.evidence))
            .toList(),
        library,
        new CustomsView(
            AeoNumber.parse(customs.aeoNumber()),
            customs.bondedWarehouse(),
            customs.declarationsPerYear()),
        canWork,
        sharedByOthers);
  }

  private static FlagView flag(FlowRules.Flag f, List<FlowAssessment> assessments) {
    AssessmentView assessment =
        assessments.stream()
            .filter(a -> a.flagKey.equals(f.key()))
            .findFirst()
            .map(
                a ->
                    new AssessmentView(
                        a.likelihood,
                        a.impact,
                        a.justification,
                        a.conditionId,
                        a.shared,
                        a.assessedByName,
                        a.assessedAt))
            .orElse(null);
    return new FlagView(
        f.key(),
        f.rule().id(),
        f.rule().title(),
        f.rule().why(),
        f.system(),
        f.countries(),
        f.categories(),
        f.platforms(),
        f.rule().suggests() == null ? List.of() : f.rule().suggests(),
        assessment);
  }
}
