package be.permits.permit;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's view of the pages in tests: it keeps the CSRF cookie and repeats it in forms. */
final class ApplicantPages {
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_.-]{20,})\"");
  private final String csrf;

  private ApplicantPages(String csrf) {
    this.csrf = csrf;
  }

  /** Opens the dashboard and keeps the token that its forms carry. */
  static ApplicantPages open() {
    String html = given().get("/applications").then().statusCode(200).extract().asString();
    Matcher m = CSRF_FIELD.matcher(html);
    if (!m.find()) {
      throw new AssertionError("The dashboard carries no CSRF field");
    }
    return new ApplicantPages(m.group(1));
  }

  RequestSpecification browser() {
    return given().cookie("csrf", csrf).redirects().follow(false);
  }

  /** A url-encoded form with its token, as a page's form posts it. */
  RequestSpecification form() {
    return browser()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("csrf", csrf);
  }

  ExtractableResponse<Response> post(String path, Map<String, ?> fields) {
    return form().formParams(fields).post(path).then().extract();
  }

  RequestSpecification multipart() {
    return browser().multiPart("csrf", csrf);
  }

  /** Starts a draft and answers its id. */
  String newDraft() {
    String location = post("/applications/new", Map.of()).header("Location");
    Matcher m =
        Pattern.compile("/applications/([0-9a-f-]{36})/edit/organisation$").matcher(location);
    if (!m.find()) {
      throw new AssertionError("A new draft leads to its first step, not to " + location);
    }
    return m.group(1);
  }
}
