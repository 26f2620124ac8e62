package be.permits.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a planted violation (test classes under {@code
 * be.permits.planted} and the {@code planted} packages of two services), naming the class that
 * breaks it: a rule that could not fail would keep nothing.
 */
class ArchitectureRulesTest {
  static final JavaClasses PLANTED =
      new ClassFileImporter()
          .importPackages(
              "be.permits.planted", "be.permits.permit.planted", "be.permits.review.planted");

  static void failsNaming(ArchRule rule, String offender) {
    EvaluationResult result = rule.evaluate(PLANTED);
    assertTrue(result.hasViolation(), rule.getDescription() + " should fail");
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(offender), report);
  }

  @Test
  void aUseCaseThatReachesIntoAnAdapterFails() {
    failsNaming(ArchitectureRules.serviceIsBelowTheAdapters(), "LeakyUseCase");
  }

  @Test
  void aDomainClassThatKnowsHttpFails() {
    failsNaming(ArchitectureRules.domainKnowsNoHttpNorUseCases(), "HttpAwareEntity");
  }

  @Test
  void aPageThatCallsTheApiFails() {
    failsNaming(ArchitectureRules.adaptersDoNotUseEachOther(), "PlantedPage");
  }

  @Test
  void anAdapterThatOpensATransactionFails() {
    failsNaming(ArchitectureRules.adaptersOpenNoTransaction(), "PlantedResource");
  }

  @Test
  void anAdapterThatHandsOutAnEntityFails() {
    failsNaming(ArchitectureRules.adaptersTouchNoEntity(), "PlantedResource");
  }

  @Test
  void aPackageCycleFails() {
    failsNaming(ArchitectureRules.noPackageCycles("planted"), "Alpha");
  }

  @Test
  void aServiceUsingAnotherServicesCodeFails() {
    failsNaming(ArchitectureRules.noOtherServicesCode("permit"), "Borrower");
  }

  @Test
  void everyRuleIsShownFailing() {
    // The list a service checks holds exactly the rules shown failing above.
    assertEquals(7, ArchitectureRules.all("permit").size());
  }
}
