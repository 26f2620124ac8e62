package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.awaitStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Bob reads his application's timetable from its file page, in German: every milestone, each
 * agency's opinion among them; then, following its link, what the public reads, in French: the
 * procedure's milestones without the agencies. axe-core checks both pages.
 */
@ExtendWith(RunningSuite.class)
class TimetableBrowserTest {

  @Test
  void theApplicantReadsTheWholeTimetableAndThePublicTheProceduresMilestones() throws Exception {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    awaitStatus("bob", submitted.id(), "UNDER_REVIEW");
    String reference = submitted.reference();
    try (Browser bob = new Browser("de")) {
      bob.open("/applications/" + submitted.id() + "?lang=de");
      bob.logIn("bob");
      bob.press(By.cssSelector("a[href='/timetables/" + reference + "/mine']"));
      assertEquals("Zeitplan des Antrags " + reference, bob.heading());
      String mine = bob.source();
      assertTrue(mine.contains("Stellungnahme: Staatssicherheit"), "each agency's opinion");
      assertTrue(mine.contains("Stellungnahme: Zoll"), "each agency's opinion");
      bob.assertWellMade("the applicant's timetable, de");
      bob.screenshot("timetable-applicant-de");

      bob.press(By.cssSelector("a[href='/timetables/" + reference + "']"));
      bob.open("/timetables/" + reference + "?lang=fr");
      assertEquals("Calendrier de la demande " + reference, bob.heading());
      String shown = bob.source();
      assertTrue(shown.contains("Dossier reçu"), "the procedure's milestones");
      assertFalse(shown.contains("Sûreté de l'État"), "no agency is named");
      bob.assertWellMade("the public timetable, fr");
    }
  }
}
