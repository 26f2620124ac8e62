package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The public inquiry on the Liège hub as the people around it use it (Bob's company applies): a
 * neighbour, without an account, reads the project in French and sends an objection; the link in
 * her email confirms it; Colette, a coordinating official, reads it on the desk in Dutch and
 * publishes it with the phone number taken out; the public page then shows the redacted text and
 * nothing of the original.
 */
@ExtendWith(RunningSuite.class)
class PublicInquiryBrowserTest {
  private static final Pattern CONFIRMATION =
      Pattern.compile("/inquiries/confirmations/([A-Za-z0-9_-]{43})");

  @Test
  void aNeighbourObjectsConfirmsAndReadsHerObservationPublishedRedacted() {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    String reference = submitted.reference();
    Submissions.inquiryStarted(reference);
    String page = "/inquiries/" + reference;

    try (Browser neighbour = new Browser("fr")) {
      neighbour.open(page + "?lang=fr");
      assertTrue(neighbour.heading().contains("Enquête publique " + reference));
      assertFalse(neighbour.source().contains("Se déconnecter"), "nobody is signed in");
      neighbour.assertWellMade("public inquiry, fr");
      neighbour.type("f-observerName", "Jeanne Voisin");
      neighbour.type("f-observerAddress", "Rue de la Station 3, 4460 Grâce-Hollogne");
      neighbour.type("f-observerEmail", "jeanne.voisin@example.org");
      neighbour.choose("f-stance-OBJECTION");
      neighbour.choose("f-topics-NOISE");
      neighbour.type(
          "f-observation",
          "Les vols de nuit empêchent déjà de dormir. Appelez-moi au 0471 23 45 67.");
      neighbour.press(By.cssSelector("form[action$='/observations'] button"));
      assertTrue(neighbour.source().contains("Votre observation est reçue"));

      String token = RunningSuite.linkIn("jeanne.voisin@example.org", CONFIRMATION);
      neighbour.open("/inquiries/confirmations/" + token);
      assertTrue(neighbour.source().contains(reference));
      neighbour.assertWellMade("confirm an observation, fr");
      neighbour.press(By.cssSelector("form[action*='/confirmations/'] button"));
      assertTrue(neighbour.source().contains("Votre observation est confirmée"));
    }

    String caseId = WholeStoryTest.myCase("colette", reference).getString("id");
    try (Browser colette = new Browser("nl")) {
      colette.open("/desk/cases/" + caseId + "?lang=nl");
      colette.logIn("colette");
      assertTrue(colette.source().contains("Openbaar onderzoek"));
      assertTrue(colette.source().contains("0471 23 45 67"), "the agencies read it as sent");
      colette.assertWellMade("desk, inquiry to moderate, nl");
      String suggested = colette.find(By.cssSelector("textarea[name=redacted]")).getText();
      assertFalse(suggested.contains("0471"), "the phone number is taken out already");
      colette.press(By.cssSelector("form[action$='/publish'] button"));
      assertTrue(colette.source().contains("De geanonimiseerde opmerking is gepubliceerd"));
    }

    // The applicant's file names the inquiry and links to its public page.
    try (Browser bob = new Browser("de")) {
      bob.open("/applications/" + submitted.id() + "?lang=de");
      bob.logIn("bob");
      assertTrue(bob.source().contains("Öffentliche Untersuchung"));
      assertTrue(bob.source().contains("href=\"" + page + "\""), "a link to the public page");
      bob.assertWellMade("applicant's file under inquiry, de");
    }

    try (Browser anyone = new Browser("nl")) {
      anyone.open(page + "?lang=nl");
      String shown = anyone.source();
      assertTrue(shown.contains("Les vols de nuit empêchent déjà de dormir."));
      assertFalse(shown.contains("0471"), "no phone number");
      assertFalse(shown.contains("Jeanne Voisin"), "no name");
      assertFalse(shown.contains("jeanne.voisin@example.org"), "no email address");
      anyone.assertWellMade("public inquiry with an observation, nl");
      // The application's public timetable, linked from the inquiry's page.
      anyone.press(By.cssSelector("a[href='/timetables/" + reference + "']"));
      assertTrue(anyone.heading().contains("Tijdschema van aanvraag " + reference));
      assertTrue(anyone.source().contains("Dossier volledig"));
      assertFalse(anyone.source().contains("Staatsveiligheid"), "no agency is named");
      anyone.assertWellMade("public timetable, nl");
    }
  }
}
