package be.permits.notification.web;

import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.service.PersonalInbox;
import be.permits.notification.service.PersonalInbox.InboxPage;
import be.permits.notification.service.PersonalInbox.NotificationView;
import be.permits.notification.service.Preferences;
import be.permits.notification.service.Preferences.AgencyChoice;
import be.permits.notification.service.Preferences.Choice;
import be.permits.notification.service.Preferences.PreferencesView;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The inbox pages: my notifications (new ones appear live where script runs), marking them read,
 * and my choices: language, which messages I want by email, and my agency's daily summary.
 */
@Path("/inbox")
@RolesAllowed({Roles.APPLICANT, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class InboxPages {
  private static final int PAGE_SIZE = 20;
  private static final int LAST_PAGE = 5000;
  private static final int MAX_WORDS = 100;

  @Inject CurrentCaller caller;
  @Inject PersonalInbox inbox;
  @Inject Preferences preferences;
  @Inject PageContext page;
  @Inject Validator validator;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inbox(
        List<NotificationView> notifications,
        int unread,
        long total,
        long from,
        long to,
        String previous,
        String next,
        String q,
        boolean unreadOnly);

    /** One message as the list shows it: what the live page adds when one arrives. */
    static native TemplateInstance item(NotificationView n);

    static native TemplateInstance preferences(
        FormState form,
        List<Option> languages,
        List<Option> kinds,
        boolean reviewer,
        boolean saved);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance list(
      @org.jboss.resteasy.reactive.RestQuery int page,
      @org.jboss.resteasy.reactive.RestQuery String q,
      @org.jboss.resteasy.reactive.RestQuery boolean unread) {
    int number = Math.min(Math.max(page, 1), LAST_PAGE);
    String words = q == null || q.isBlank() ? null : q.strip();
    if (words != null && words.length() > MAX_WORDS) {
      words = words.substring(0, MAX_WORDS);
    }
    PersonalInbox.Filter filter = new PersonalInbox.Filter(words, unread);
    InboxPage mine =
        inbox.page(caller.get().subject(), filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
    String kept =
        (words == null ? "" : "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&")
            + (unread ? "unread=true&" : "");
    // Plural forms compare whole numbers of one type; a person's unread count fits an int.
    int unreadCount = (int) Math.min(Integer.MAX_VALUE, mine.unread());
    long from = mine.notifications().isEmpty() ? 0 : mine.offset() + 1L;
    long to = mine.offset() + (long) mine.notifications().size();
    return this.page.render(
        Templates.inbox(
            mine.notifications(),
            unreadCount,
            mine.total(),
            from,
            to,
            number > 1 ? "/inbox?" + kept + "page=" + (number - 1) : null,
            to < mine.total() && number < LAST_PAGE
                ? "/inbox?" + kept + "page=" + (number + 1)
                : null,
            words,
            unread));
  }

  /** One of my messages, as an item of the list (the live page fetches it when it arrives). */
  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public TemplateInstance item(@PathParam("id") UUID id) {
    return page.render(Templates.item(inbox.one(caller.get().subject(), id)));
  }

  @POST
  @Path("/{id}/read")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response read(@PathParam("id") UUID id) {
    inbox.markRead(caller.get().subject(), id);
    return Response.seeOther(URI.create("/inbox")).build();
  }

  @POST
  @Path("/read-all")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response readAll() {
    inbox.markAllRead(caller.get().subject());
    return Response.seeOther(URI.create("/inbox")).build();
  }

  /** New notifications for the open inbox page, pushed by server-sent events. */
  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Multi<NotificationView> stream() {
    return inbox.live(caller.get().subject());
  }

  @GET
  @Path("/preferences")
  @Operation(hidden = true)
  public TemplateInstance preferencesPage(@org.jboss.resteasy.reactive.RestQuery boolean saved) {
    return preferencesTemplate(current(caller.get()), saved);
  }

  @POST
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response savePreferences(MultivaluedMap<String, String> posted) {
    Caller me = caller.get();
    FormState form = FormState.posted(posted);
    String locale = form.text("locale");
    List<Kind> emailed = form.choices("emailed", Kind.class);
    Boolean digest = me.agency() == null ? null : form.yesNo("dailyDigest");
    Choice choice =
        new Choice(locale, Arrays.stream(Kind.values()).filter(k -> !emailed.contains(k)).toList());
    if (!validator.validate(choice).isEmpty()) {
      form.reject("locale", "choice", null);
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(preferencesTemplate(form, false)).build();
    }
    preferences.choose(me, choice, digest == null ? null : new AgencyChoice(digest));
    return Response.seeOther(URI.create("/inbox/preferences?saved=true")).build();
  }

  private FormState current(Caller me) {
    PreferencesView p = preferences.of(me);
    java.util.Map<String, List<String>> values = new java.util.HashMap<>();
    values.put("locale", p.locale() == null ? List.of() : List.of(p.locale()));
    values.put(
        "emailed",
        Arrays.stream(Kind.values())
            .filter(k -> !p.mutedKinds().contains(k))
            .map(Kind::name)
            .toList());
    values.put("dailyDigest", List.of(String.valueOf(p.agencyDailyDigest())));
    return FormState.posted(values);
  }

  private TemplateInstance preferencesTemplate(FormState form, boolean saved) {
    Caller me = caller.get();
    InboxMessages msg = MessageBundles.get(InboxMessages.class, Localized.Literal.of(page.lang()));
    List<Option> languages =
        PageContext.LANGUAGES.stream().map(l -> new Option(l, msg.language_name(l))).toList();
    List<Option> kinds =
        Arrays.stream(Kind.values())
            .filter(k -> !k.isForThePublic() && (me.agency() != null || !k.isForReviewers()))
            .map(k -> new Option(k.name(), msg.kind(k.name())))
            .toList();
    return page.render(Templates.preferences(form, languages, kinds, me.agency() != null, saved));
  }
}
