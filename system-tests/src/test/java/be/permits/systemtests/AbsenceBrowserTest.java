package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.PATIENCE;
import static be.permits.systemtests.WholeStoryTest.as;
import static be.permits.systemtests.WholeStoryTest.awaitStatus;
import static be.permits.systemtests.WholeStoryTest.myCase;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Sophie of state security (French) holds the Liège hub's step and declares an absence on the desk
 * with Simon, her lead (Dutch), standing in: the step goes to him and he is told; his desk shows
 * who is away and for whom he holds it, his team page her absence. Sophie comes back early: the
 * step and its messages are hers again. axe-core checks each page.
 */
@ExtendWith(RunningSuite.class)
class AbsenceBrowserTest {

  @Test
  void anAbsenceHandsTheHeldStepAndItsMessagesToTheDelegateAndBack() throws Exception {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    awaitStatus("bob", submitted.id(), "UNDER_REVIEW");
    String reference = submitted.reference();
    String caseId = myCase("sophie", reference).getString("id");
    String stepId = myCase("sophie", reference).getString("myStep.id");
    String claim = "/api/cases/" + caseId + "/steps/" + stepId;
    // Simon has worked in the service, so Sophie finds him among her colleagues.
    as("simon").post(claim + "/claim").then().statusCode(200);
    as("simon").post(claim + "/release").then().statusCode(200);
    as("sophie").post(claim + "/claim").then().statusCode(200);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));

    try (Browser sophie = new Browser("fr")) {
      sophie.open("/desk/absences");
      sophie.logIn("sophie");
      assertEquals("Absences", sophie.heading());
      sophie.assertWellMade("absences, fr");
      sophie.setDate("f-from", today);
      sophie.setDate("f-to", today.plusDays(2));
      new Select(sophie.find(By.id("f-assignee"))).selectByVisibleText("Simon De Smet");
      sophie.press(By.cssSelector("form[action='/desk/absences'] button"));
      assertTrue(sophie.source().contains("Votre absence est déclarée."), "declared");
      sophie.assertWellMade("absence declared, fr");
      sophie.screenshot("absence-declared-fr");

      as("sophie")
          .get("/api/cases/{id}", caseId)
          .then()
          .body("myStep.assigneeName", equalTo("Simon De Smet"))
          .body("myStep.standingInForName", equalTo("Sophie Lambert"));
      awaitMessage("simon", reference);

      try (Browser simon = new Browser("nl")) {
        simon.open("/desk");
        simon.logIn("simon");
        String desk = simon.source();
        assertTrue(desk.contains("Vandaag afwezig: Sophie Lambert"), "who is away");
        assertTrue(desk.contains("Simon De Smet, voor Sophie Lambert"), "for whom he holds it");
        simon.assertWellMade("desk with an absence, nl");
        simon.open("/desk/team");
        assertEquals("Uw team", simon.heading());
        assertTrue(simon.source().contains(reference), "the step in hand");
        simon.assertWellMade("team, nl");
        simon.screenshot("team-nl");
      }

      sophie.open("/desk/absences");
      sophie.press(By.cssSelector("form[action$='/end'] button"));
      assertTrue(sophie.source().contains("Votre absence est terminée"), "back");
      sophie.assertWellMade("absence ended, fr");
    }
    as("sophie")
        .get("/api/cases/{id}", caseId)
        .then()
        .body("myStep.assigneeName", equalTo("Sophie Lambert"))
        .body("myStep.standingInFor", equalTo(null));
    awaitMessage("sophie", reference);
  }

  /** The person's inbox tells them a step of {@code reference} is now in their hands. */
  static void awaitMessage(String user, String reference) {
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              List<String> kinds =
                  as(user)
                      .get("/api/notifications")
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("findAll { it.reference == '" + reference + "' }.kind");
              return kinds.contains("STEP_HANDED_OVER");
            });
  }
}
