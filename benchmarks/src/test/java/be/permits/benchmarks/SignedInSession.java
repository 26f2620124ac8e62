package be.permits.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person signed in to the pages as a browser would be: the login form of Keycloak filled in
 * through the entry point (authorization code flow), then the service's session cookie carried on
 * every request. Cookies are kept by name for the one origin; the Secure flag is ignored, as
 * browsers do on loopback.
 */
final class SignedInSession {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
  private static final Pattern FEEDBACK =
      Pattern.compile("(?s)(?:kc-feedback-text|input-error)[^>]*>([^<]*)<");
  private static final int MAX_REDIRECTS = 10;

  private final HttpClient http;
  private final URI origin;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  private SignedInSession(HttpClient http, URI origin) {
    this.http = http;
    this.origin = origin;
  }

  /** Opens {@code path}, signs in on the login page it leads to, and lands back on it. */
  static SignedInSession signIn(HttpClient http, String origin, String path, String user)
      throws IOException, InterruptedException {
    SignedInSession session = new SignedInSession(http, URI.create(origin));
    HttpResponse<String> login = session.get(path);
    Matcher form = LOGIN_FORM.matcher(login.body());
    if (login.statusCode() != 200 || !form.find()) {
      throw new IllegalStateException(
          "No login form on the way to " + path + ": HTTP " + login.statusCode());
    }
    String action = form.group(1).replace("&amp;", "&");
    String credentials =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=demo&credentialId=";
    HttpResponse<String> landed =
        session.follow(
            session
                .request(session.origin.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build());
    if (landed.statusCode() != 200 || LOGIN_FORM.matcher(landed.body()).find()) {
      throw new IllegalStateException(
          user
              + " could not sign in on the way to "
              + path
              + ": HTTP "
              + landed.statusCode()
              + " at "
              + landed.uri()
              + ", "
              + what(landed.body()));
    }
    return session;
  }

  /** The page's title and the message it shows, if any: what a person would read. */
  private static String what(String page) {
    Matcher title = TITLE.matcher(page);
    Matcher feedback = FEEDBACK.matcher(page);
    return (title.find() ? title.group(1).trim() : "no title")
        + (feedback.find() ? ": " + feedback.group(1).trim() : "");
  }

  /** A page of the suite, redirects followed, with this person's cookies. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return follow(request(origin.resolve(path)).GET().build());
  }

  private HttpResponse<String> follow(HttpRequest first) throws IOException, InterruptedException {
    HttpRequest request = first;
    for (int hop = 0; ; hop++) {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      keepCookies(answer);
      String location = answer.headers().firstValue("Location").orElse(null);
      boolean redirect = answer.statusCode() / 100 == 3 && location != null;
      if (!redirect || hop == MAX_REDIRECTS) {
        return answer;
      }
      request = request(request.uri().resolve(location)).GET().build();
    }
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private void keepCookies(HttpResponse<?> answer) {
    for (String header : answer.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      boolean expired = value.isEmpty() || header.toLowerCase().contains("max-age=0");
      if (expired) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }
}
