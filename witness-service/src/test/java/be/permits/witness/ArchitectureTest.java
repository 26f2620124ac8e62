package be.permits.witness;

import be.permits.testsupport.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The layers of witness-service hold: each rule of {@link ArchitectureRules}. */
class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("be.permits.witness");

  @TestFactory
  Stream<DynamicTest> everyRuleHolds() {
    return ArchitectureRules.all("witness").stream()
        .map(
            (ArchRule rule) ->
                DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
  }
}
